import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityProblem } from '../../../src/domain/integrity/problems';
import { integrityMessage } from '../../../src/features/backup/integrity-message';
import { setupI18n } from '../../../src/i18n/setup';

const at = { table: 'ratings', id: 'g1' } as const;
const PROBLEMS: IntegrityProblem[] = [
  { ...at, code: 'dangling-reference', field: 'reviewId', target: 'reviews', targetId: 'r9' },
  { ...at, code: 'other-service-reference', field: 'reviewId', target: 'reviews', targetId: 'r9' },
  { ...at, code: 'moves-service', fromServiceId: 's1', toServiceId: 's2' },
  { ...at, code: 'duplicate-natural-key', otherId: 'g2' },
  { table: 'reviews', id: 'r1', code: 'final-incomplete', rated: 3 },
  { table: 'reviews', id: 'r1', code: 'days-reversed', firstDay: '2025-03-12', lastDay: '2025-03-11' },
  { ...at, code: 'too-many-values', field: 'dataSources', count: 8_000_000, max: 4 },
  { ...at, code: 'repeated-values', field: 'dataSources' },
  { ...at, code: 'not-utc-time', field: 'updatedAt', value: '2025-03-10T10:00:00+14:00' },
  { table: 'reviews', id: 'r1', code: 'final-review-changed', serviceName: 'Kätevä', firstDay: '2022-10-11', before: 91, after: 121 },
];

beforeAll(async () => {
  await setupI18n('fi');
  // Nothing is preloaded: these helpers' namespaces, as the screens that call them ask for them.
  await i18next.loadNamespaces(['backup']);
});

describe('integrityMessage', () => {
  for (const locale of ['fi', 'en'] as const) {
    it(`has a message for every invariant problem in ${locale}`, async () => {
      await i18next.changeLanguage(locale);
      for (const problem of PROBLEMS) expect(integrityMessage(i18next.t, problem), problem.code).not.toMatch(/^backup[.:]|\{\{/);
    });
  }

  it('says what a merge would do to a final review, in words', async () => {
    await i18next.changeLanguage('en');
    expect(integrityMessage(i18next.t, PROBLEMS[9]!)).toBe(
      "Kätevä 2022: final review would change from 91 to 121 — refused. If the file's version is right, reopen the review on this device first.",
    );
    await i18next.changeLanguage('fi');
    expect(integrityMessage(i18next.t, PROBLEMS[0]!)).toBe(
      'Kohtien pisteet (tunniste g1), kenttä ”reviewId”: viittaa tietueeseen r9 (Arvioinnit), jota ei ole tiedostossa eikä tällä laitteella.',
    );
  });
});
