// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isOutboxEnabled, setOutboxEnabled } from '../../../src/db/sync/outbox';

/*
 * The "mark changes to be sent" switch of team sync (src/db/sync/outbox.ts) follows the other tabs
 * of the device: only one tab runs sync (src/db/sync/sync-leader.ts), and it sends what every
 * tab marked, so a tab opened before sync was set up in another must start marking its changes.
 */
const NAME = 'fidelio-outbox-switch-test';
const KEY = `fidelio-sync-outbox:${NAME}`;

/** Another tab changes the switch: its localStorage write, and the storage event this tab gets. */
function otherTabSets(on: boolean): void {
  const oldValue = localStorage.getItem(KEY);
  if (on) localStorage.setItem(KEY, 'on');
  else localStorage.removeItem(KEY);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue: on ? 'on' : null }));
}

afterEach(() => setOutboxEnabled(NAME, false));

describe('the outbox switch across tabs', () => {
  it('turns on when sync is set up in another tab, and off when it signs out there', () => {
    expect(isOutboxEnabled(NAME)).toBe(false);
    otherTabSets(true);
    expect(isOutboxEnabled(NAME)).toBe(true);
    otherTabSets(false);
    expect(isOutboxEnabled(NAME)).toBe(false);
  });
});
