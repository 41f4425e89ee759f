import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ValidationError } from '../../src/db/errors';
import type * as TrackedData from '../../src/domain/demo/kateva-tracked-data';
import { hasDemo, loadDemo } from '../../src/db/repos/demo';
import { NOW, dropDb, freshDb } from './helpers';

// The demo with its very last tracked record broken: everything else was already added inside the
// transaction when validation fails.
vi.mock('../../src/domain/demo/kateva-tracked-data', async (importOriginal) => {
  const original = await importOriginal<typeof TrackedData>();
  return {
    buildKatevaTrackedData: (options: Parameters<typeof original.buildKatevaTrackedData>[0]) => {
      const data = original.buildKatevaTrackedData(options);
      const contacts = data.employerContacts.map((c, i, all) => (i === all.length - 1 ? { ...c, date: 'not a date' } : c));
      return { ...data, employerContacts: contacts };
    },
  };
});

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('a demo whose tracked data fails validation', () => {
  it('leaves neither the reviews nor any tracked record behind', async () => {
    await expect(loadDemo(db, 'fi', NOW)).rejects.toBeInstanceOf(ValidationError);
    for (const table of db.tables) {
      if (table.name === 'scales') continue;
      expect(await table.count(), table.name).toBe(0);
    }
    expect(await hasDemo(db)).toBe(false);
  });
});
