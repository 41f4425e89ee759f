import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupProblem, RecordReason } from '../../../src/domain/transfer/backup-format';
import { BACKUP_TABLE_NAMES } from '../../../src/domain/transfer/backup-tables';
import { problemMessage } from '../../../src/features/backup/problem-message';
import { setupI18n } from '../../../src/i18n/setup';

const FILE_PROBLEMS: BackupProblem[] = [
  { code: 'too-large', size: 600_000_000, max: 50_000_000 },
  { code: 'empty' },
  { code: 'unreadable' },
  { code: 'check-failed', error: 'RangeError' },
  { code: 'not-utf8' },
  { code: 'truncated' },
  { code: 'not-json' },
  { code: 'not-object' },
  { code: 'wrong-format', format: 'x' },
  { code: 'bad-version' },
  { code: 'future-version', version: 2, supported: 1 },
  { code: 'bad-exported-at' },
  { code: 'unknown-field', field: 'x' },
  { code: 'no-data' },
  { code: 'unknown-table', table: 'x' },
  { code: 'not-a-list', table: 'services' },
];
const REASONS: RecordReason[] = [
  { reason: 'missing' },
  { reason: 'wrong-type', expected: 'string' },
  { reason: 'too-long', max: 200 },
  { reason: 'too-short', min: 1 },
  { reason: 'too-large', max: 5 },
  { reason: 'too-small', min: 1 },
  { reason: 'not-allowed', allowed: 'a, b' },
  { reason: 'bad-format', format: 'datetime' },
  { reason: 'unknown-field' },
  { reason: 'forbidden-key' },
  { reason: 'duplicate-id' },
  { reason: 'invalid' },
  { reason: 'identity-code' },
];

beforeAll(async () => {
  await setupI18n('fi');
  // Nothing is preloaded: these helpers' namespaces, as the screens that call them ask for them.
  await i18next.loadNamespaces(['backup']);
});

describe('problemMessage', () => {
  for (const locale of ['fi', 'en'] as const) {
    it(`has a message for every problem and reason in ${locale}`, async () => {
      await i18next.changeLanguage(locale);
      const records: BackupProblem[] = REASONS.map((r) => ({
        code: 'invalid-record',
        table: 'ratings',
        index: 4,
        id: 'g1',
        path: 'score',
        ...r,
      }));
      for (const problem of [...FILE_PROBLEMS, ...records]) {
        const text = problemMessage(i18next.t, problem, locale);
        expect(text, JSON.stringify(problem)).not.toMatch(/^backup[.:]|\{\{|[.:]problems\./);
      }
      for (const table of BACKUP_TABLE_NAMES) expect(i18next.exists(`backup:tables.${table}`), table).toBe(true);
    });
  }

  it('names the table, record number, id, field and reason', async () => {
    await i18next.changeLanguage('fi');
    const problem: BackupProblem = {
      code: 'invalid-record',
      table: 'ratings',
      index: 4,
      id: 'g1',
      path: 'score',
      reason: 'too-large',
      max: 5,
    };
    expect(problemMessage(i18next.t, problem, 'fi')).toBe(
      'Kohtien pisteet, tietue 5 (tunniste g1), kenttä ”score”: liian suuri (enintään 5).',
    );
    expect(problemMessage(i18next.t, { code: 'too-large', size: 600_000_000, max: 50_000_000 }, 'fi')).toBe(
      'Tiedosto on liian suuri (600 MB). Suurin sallittu koko on 50 MB.',
    );
  });
});
