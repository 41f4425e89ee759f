import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityProblem } from '../../../src/domain/integrity/problems';
import { SYNCED_TABLES } from '../../../src/db/sync/synced-tables';
import type { DeniedChange, DeniedReason } from '../../../src/db/sync/server-refusals';
import { deniedReasonText } from '../../../src/features/sync/denied-list';
import { refusedProblemText } from '../../../src/features/sync/refused-list';
import { tableName } from '../../../src/features/sync/table-name';
import { setupI18n } from '../../../src/i18n/setup';

const at = { table: 'ratings', id: 'g1' } as const;
const PROBLEMS: IntegrityProblem[] = [
  { ...at, code: 'dangling-reference', field: 'employerId', target: 'employers', targetId: 'e9' },
  { ...at, code: 'other-service-reference', field: 'reviewId', target: 'reviews', targetId: 'r9' },
  { ...at, code: 'moves-service', fromServiceId: 's1', toServiceId: 's2' },
  { ...at, code: 'duplicate-natural-key', otherId: 'g2' },
  { table: 'reviews', id: 'r1', code: 'final-incomplete', rated: 3 },
  { table: 'reviews', id: 'r1', code: 'days-reversed', firstDay: '2025-03-12', lastDay: '2025-03-11' },
  { ...at, code: 'too-many-values', field: 'dataSources', count: 8, max: 4 },
  { ...at, code: 'repeated-values', field: 'dataSources' },
  { ...at, code: 'not-utc-time', field: 'updatedAt', value: '2025-03-10T10:00:00+14:00' },
  { table: 'reviews', id: 'r1', code: 'final-review-changed', serviceName: 'Kätevä', firstDay: '2022-10-11', before: 4, after: 1 },
];

beforeAll(async () => {
  await setupI18n('fi');
  // Nothing is preloaded: these helpers' namespaces, as the screens that call them ask for them.
  await i18next.loadNamespaces(['sync']);
});

describe("team sync in users' words", () => {
  for (const locale of ['fi', 'en'] as const) {
    it(`names every synced table and every refusal in ${locale}`, async () => {
      await i18next.changeLanguage(locale);
      for (const table of SYNCED_TABLES) expect(tableName(i18next.t, table), table).not.toBe(table);
      for (const problem of PROBLEMS) expect(refusedProblemText(i18next.t, problem), problem.code).not.toMatch(/^sync[.:]|\{\{/);
    });
  }

  it('says what a refused record lacks', async () => {
    await i18next.changeLanguage('en');
    expect(refusedProblemText(i18next.t, PROBLEMS[0]!)).toBe(
      'field “employerId” names record e9 (Employer), which this device does not have.',
    );
    await i18next.changeLanguage('fi');
    expect(tableName(i18next.t, 'employerContacts')).toBe('Työnantajakontakti');
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`says in ${locale} why the server refused a change of this device`, async () => {
      await i18next.changeLanguage(locale);
      const reasons: DeniedReason[] = ['not-member', 'not-own', 'other-service', 'score', 'malformed', 'other'];
      const texts = reasons.map((reason) => {
        const entry: DeniedChange = { key: 'ratings:r1', table: 'ratings', id: 'r1', label: null, reason, serverText: '', at: '' };
        return deniedReasonText(i18next.t, entry);
      });
      for (const text of texts) expect(text).not.toMatch(/^sync\.|\{\{/);
      expect(new Set(texts).size).toBe(reasons.length);
    });
  }
});
