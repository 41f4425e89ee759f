import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { ValidationError } from '../../src/db/errors';
import type * as KatevaDemo from '../../src/domain/demo/kateva-demo';
import { hasDemo, loadDemo } from '../../src/db/repos/demo';
import { EMPTY, NOW, counts, dropDb, freshDb } from './helpers';

// The demo with its second review broken: validation fails after the services and the first
// review were already added inside the transaction.
vi.mock('../../src/domain/demo/kateva-demo', async (importOriginal) => {
  const original = await importOriginal<typeof KatevaDemo>();
  return {
    buildKatevaDemo: (options: Parameters<typeof original.buildKatevaDemo>[0]) => {
      const demo = original.buildKatevaDemo(options);
      return { ...demo, reviews: demo.reviews.map((r, i) => (i === 1 ? { ...r, firstDay: 'not a date' } : r)) };
    },
  };
});

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('a failed multi-record transaction', () => {
  it('leaves nothing written', async () => {
    await expect(loadDemo(db, 'fi', NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(EMPTY);
    expect(await hasDemo(db)).toBe(false);
  });
});
