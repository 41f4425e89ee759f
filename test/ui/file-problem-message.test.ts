// @vitest-environment node
import i18next from 'i18next';
import type { AnyNamespaceT, Namespace } from '../../src/i18n/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_PROBLEM_CODES, type FileProblem } from '../../src/domain/transfer/versioned-file';
import { fileProblemMessage, type FileKind } from '../../src/ui/file-problem-message';
import fiBackup from '../../src/i18n/fi/backup.json';
import enBackup from '../../src/i18n/en/backup.json';

const sample: Record<FileProblem['code'], FileProblem> = {
  'too-large': { code: 'too-large', size: 2_000_000, max: 1_000_000 },
  empty: { code: 'empty' },
  unreadable: { code: 'unreadable' },
  'check-failed': { code: 'check-failed', error: 'RangeError: boom' },
  'not-utf8': { code: 'not-utf8' },
  truncated: { code: 'truncated' },
  'not-json': { code: 'not-json' },
  'not-object': { code: 'not-object' },
  'wrong-format': { code: 'wrong-format', format: 'something-else' },
  'bad-version': { code: 'bad-version' },
  'future-version': { code: 'future-version', version: 3, supported: 1 },
  'bad-exported-at': { code: 'bad-exported-at' },
  'unknown-field': { code: 'unknown-field', field: 'extra' },
};

const translators: Record<'fi' | 'en', AnyNamespaceT> = {} as Record<'fi' | 'en', AnyNamespaceT>;

beforeAll(async () => {
  for (const [locale, backup] of [
    ['fi', fiBackup],
    ['en', enBackup],
  ] as const) {
    const instance = i18next.createInstance();
    await instance.init({ lng: locale, ns: ['backup'], resources: { [locale]: { backup } }, interpolation: { escapeValue: false } });
    translators[locale] = instance.getFixedT<Namespace[]>(locale);
  }
});

describe('one wording for the problems every Fidelio file can have', () => {
  it.each(['fi', 'en'] as const)('every code has a sentence in %s, with its figures, for both kinds of file', (locale) => {
    for (const code of FILE_PROBLEM_CODES) {
      for (const kind of ['backup', 'reviewFile'] as FileKind[]) {
        const text = fileProblemMessage(translators[locale], sample[code], locale, kind);
        expect(text, `${locale} ${code}`).not.toMatch(/backup[.:]file|\{\{/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    expect(fileProblemMessage(translators[locale], sample['future-version'], locale, 'backup')).toMatch(/3.*1/);
    expect(fileProblemMessage(translators[locale], sample['unknown-field'], locale, 'backup')).toContain('extra');
  });

  it('names the kind of file the user chose, and points a backup on the review-file screen to its place', () => {
    expect(fileProblemMessage(translators.fi, sample['not-object'], 'fi', 'backup')).toBe('Tiedosto ei ole Fidelion varmuuskopio.');
    expect(fileProblemMessage(translators.fi, sample['not-object'], 'fi', 'reviewFile')).toBe(
      'Tiedosto ei ole Fidelion arvioijan tiedosto.',
    );
    expect(fileProblemMessage(translators.en, sample['wrong-format'], 'en', 'reviewFile')).toBe(
      "The file is not a Fidelio reviewer's file (format: “something-else”). A backup is restored under Settings → Backup.",
    );
    expect(fileProblemMessage(translators.en, sample['wrong-format'], 'en', 'backup')).toBe(
      'The file is not a Fidelio backup (format: “something-else”).',
    );
  });
});
