import { describe, expect, it } from 'vitest';
import { planTable } from '../../../src/domain/transfer/restore-plan';

const row = (id: string, updatedAt: string) => ({ id, updatedAt });

describe('planTable', () => {
  const device = [row('a', '2025-01-01'), row('b', '2025-02-01'), row('c', '2025-03-01')];
  const fromFile = [row('a', '2025-01-01'), row('b', '2025-03-01'), row('c', '2025-02-01'), row('d', '2025-01-01')];

  it('merge adds new ids and lets the later updatedAt win', () => {
    const plan = planTable(device, fromFile, 'id', 'merge');
    expect(plan.counts).toEqual({ inFile: 4, added: 1, updated: 1, kept: 2, removed: 0 });
    expect(plan.toWrite.map((r) => r.id)).toEqual(['b', 'd']);
    expect(plan.toDelete).toEqual([]);
  });

  it('replace writes every file record and removes the device records not in the file', () => {
    const plan = planTable([...device, row('x', '2025-01-01')], fromFile, 'id', 'replace');
    expect(plan.counts).toEqual({ inFile: 4, added: 1, updated: 3, kept: 0, removed: 1 });
    expect(plan.toDelete).toEqual(['x']);
  });

  it('never overwrites a record without updatedAt in a merge (scale versions are immutable)', () => {
    const plan = planTable([{ key: 'ips-25@1', name: 'old' }], [{ key: 'ips-25@1', name: 'new' }], 'key', 'merge');
    expect(plan.counts.kept).toBe(1);
    expect(plan.toWrite).toEqual([]);
  });
});
