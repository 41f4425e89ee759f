import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { layerElements } from '../../scripts/layers.mjs';

// Each case is a file that would sit at `filePath` and break (or keep) one layer rule. The imports
// point at real modules, because the rule works on resolved paths, not on the import text.
const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'boundaries/dependencies').map((message) => message.message);
}

describe('the layer rules of src/', { timeout: 60_000 }, () => {
  it.each([
    ['the domain importing the database layer', 'src/domain/fixture.ts', "import { db } from '../db/app-db';\nexport const x = db;"],
    [
      'the domain importing a feature',
      'src/domain/fixture.ts',
      "import { ClientForm } from '../features/caseload/client-form';\nexport const x = ClientForm;",
    ],
    [
      'the database layer importing a screen',
      'src/db/fixture.ts',
      "import { ClientForm } from '../features/caseload/client-form';\nexport const x = ClientForm;",
    ],
    [
      'a feature importing another feature by a sibling path',
      'src/features/reviews/fixture.tsx',
      "import { ClientForm } from '../caseload/client-form';\nexport const x = ClientForm;",
    ],
    [
      'a feature importing another feature by a long way round',
      'src/features/reviews/fixture.tsx',
      "import { ClientForm } from '../../features/caseload/client-form';\nexport const x = ClientForm;",
    ],
    [
      'a feature importing the app shell',
      'src/features/reviews/fixture.tsx',
      "import { App } from '../../app/app';\nexport const x = App;",
    ],
    ['a presentational piece writing to the database', 'src/ui/fixture.tsx', "import { db } from '../db/app-db';\nexport const x = db;"],
    [
      'a presentational piece importing a feature',
      'src/ui/fixture.tsx',
      "import { ClientForm } from '../features/caseload/client-form';\nexport const x = ClientForm;",
    ],
    ['messages importing the database layer', 'src/i18n/fixture.ts', "import { db } from '../db/app-db';\nexport const x = db;"],
  ])('refuses %s', async (_name, filePath, code) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a feature importing its own files',
      'src/features/reviews/fixture.tsx',
      "import { ScoreOptions } from './score-options';\nexport const x = ScoreOptions;",
    ],
    [
      'a feature using the database, the domain and presentational pieces',
      'src/features/reviews/fixture.tsx',
      "import { db } from '../../db/app-db';\nimport { totalScore } from '../../domain';\nimport { TextField } from '../../ui/text-field';\nexport const x = [db, totalScore, TextField];",
    ],
    ['the database layer using the domain', 'src/db/fixture.ts', "import { totalScore } from '../domain';\nexport const x = totalScore;"],
    [
      'a presentational piece naming a database type',
      'src/ui/fixture.ts',
      "import type { StorageErrorKind } from '../db/storage';\nexport type X = StorageErrorKind;",
    ],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });

  it('a new feature folder gets the rule without anyone listing it', async () => {
    const folder = path.resolve(__dirname, '../../src/features/zz-lint-fixture');
    mkdirSync(folder, { recursive: true });
    try {
      const errors = await boundaryErrors(
        'src/features/zz-lint-fixture/fixture.tsx',
        "import { ClientForm } from '../caseload/client-form';\nexport const x = ClientForm;",
      );
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a new top-level folder under src/ must be given a layer', () => {
    const src = mkdtempSync(path.join(tmpdir(), 'fidelio-layers-'));
    try {
      for (const folder of ['domain', 'db', 'helpers']) mkdirSync(path.join(src, folder));
      expect(() => layerElements(src)).toThrow(/src\/helpers/);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});
