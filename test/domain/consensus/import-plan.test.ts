import { describe, expect, it } from 'vitest';
import { planRecordImport } from '../../../src/domain/consensus/import-plan';

const T1 = '2025-03-10T09:00:00.000Z';
const T2 = '2025-03-10T10:00:00.000Z';
const AT = '2025-03-11T09:00:00.000Z';
type Row = { id: string; serviceId: string; createdAt: string; updatedAt: string; deletedAt: string | null; item: string; score: number };
const row = (id: string, item: string, updatedAt: string, score = 3, deletedAt: string | null = null): Row => ({
  id,
  serviceId: 's',
  createdAt: T1,
  updatedAt,
  deletedAt,
  item,
  score,
});
const key = (r: Row) => r.item;

describe('planning a review file import', () => {
  it('adds records the device does not have', () => {
    const plan = planRecordImport([], [row('a', 'i1', T1)], key, AT);
    expect(plan.toPut.map((r) => r.id)).toEqual(['a']);
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });

  it('changes nothing for the same records (importing the same file twice)', () => {
    const existing = [row('a', 'i1', T1), row('b', 'i2', T1)];
    const plan = planRecordImport(existing, existing, key, AT);
    expect(plan.toPut).toEqual([]);
    expect(plan.toTombstone).toEqual([]);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });

  it('takes a newer copy of the same record and keeps the device copy when it is newer', () => {
    const plan = planRecordImport([row('a', 'i1', T1), row('b', 'i2', T2, 5)], [row('a', 'i1', T2, 4), row('b', 'i2', T1, 1)], key, AT);
    expect(plan.toPut).toEqual([row('a', 'i1', T2, 4)]);
    expect(plan.counts).toEqual({ added: 0, updated: 1, unchanged: 1 });
  });

  it('meets a record about the same thing under another id: the later edit wins, the other is tombstoned', () => {
    const newer = planRecordImport([row('local', 'i1', T1)], [row('file', 'i1', T2, 5)], key, AT);
    expect(newer.toPut.map((r) => r.id)).toEqual(['file']);
    expect(newer.toTombstone).toEqual([{ ...row('local', 'i1', T1), deletedAt: AT, updatedAt: AT }]);
    const older = planRecordImport([row('local', 'i1', T2)], [row('file', 'i1', T1, 5)], key, AT);
    expect(older.toPut).toEqual([]);
    expect(older.toTombstone).toEqual([]);
  });

  it('never brings a record deleted on the device back', () => {
    const plan = planRecordImport([row('a', 'i1', T1, 3, T1)], [row('a', 'i1', T2, 4)], key, AT);
    expect(plan.toPut).toEqual([]);
    expect(plan.counts.unchanged).toBe(1);
  });
});
