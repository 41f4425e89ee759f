import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../src/db/sync/engine';
import { STARTING_STATUS } from '../../../src/db/sync/status-count';
import { statusText } from '../../../src/features/sync/status-text';
import { setupI18n } from '../../../src/i18n/setup';

const WORKING: SyncStatus = { ...STARTING_STATUS, state: 'sending' };

beforeAll(async () => {
  await setupI18n('fi');
  await i18next.loadNamespaces(['sync']);
});

describe('the sync status while replication works', () => {
  it('counts what this device sends, and says "syncing" when it only receives (a first sync)', async () => {
    for (const [lang, sending, receiving] of [
      ['fi', 'Lähetetään 3 muutosta', 'Synkronoidaan…'],
      ['sv', 'Skickar 3 ändringar', 'Synkroniserar…'],
      ['en', 'Sending 3 changes', 'Syncing…'],
    ] as const) {
      await i18next.changeLanguage(lang);
      await i18next.loadNamespaces(['sync']);
      expect(statusText({ ...WORKING, unsent: 3 }, i18next.t, lang)).toBe(sending);
      expect(statusText(WORKING, i18next.t, lang)).toBe(receiving);
    }
    await i18next.changeLanguage('fi');
  });
});
