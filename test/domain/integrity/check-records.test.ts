import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import { checkIntegrity } from '../../../src/domain/integrity/check-records';
import { alignNaturalKeys, naturalRecordId } from '../../../src/domain/integrity/natural-keys';
import { compareInstants, toUtcTimestamp, withUtcTimestamps } from '../../../src/domain/integrity/timestamps';
import { planTable } from '../../../src/domain/transfer/restore-plan';

const AT = '2025-03-10T09:00:00.000Z';
const sync = (serviceId: string) => ({ serviceId, createdAt: AT, updatedAt: AT, deletedAt: null });
const service = (id: string, name = 'Kätevä') => ({ id, ...sync(id), name, organisation: '', region: '', notes: '' });
const review = (id: string, serviceId: string, over: Record<string, unknown> = {}) => ({
  id,
  ...sync(serviceId),
  scaleId: 'ips-25',
  scaleVersion: 1,
  firstDay: '2022-10-11',
  lastDay: '2022-10-12',
  type: 'external',
  reviewers: ['A'],
  status: 'in-progress',
  finalisedAt: null,
  ...over,
});
const rating = (
  id: string,
  reviewId: string,
  itemId: string,
  score: number | null,
  serviceId = 's1',
  over: Record<string, unknown> = {},
) => ({
  id,
  ...sync(serviceId),
  reviewId,
  itemId,
  score,
  notes: '',
  dataSources: [],
  ...over,
});
const client = (id: string, serviceId: string) => ({
  id,
  ...sync(serviceId),
  code: `K-${id}`,
  referralDate: '2024-01-01',
  referralSource: 'default:other',
  startDate: null,
  notes: '',
});
const codes = (report: ReturnType<typeof checkIntegrity>) => report.problems.map((p) => p.code);

describe('the invariant checker (issue 14 #9: records valid alone but not together)', () => {
  it('issue 14 #9: refuses references to services and clients that do not exist', () => {
    const report = checkIntegrity(
      { phaseChanges: [{ id: 'p1', ...sync('s1'), clientId: 'nobody', date: '2024-01-02', kind: 'move', phase: 1, closureReason: null }] },
      { services: [service('s1')] },
    );
    expect(report.problems).toEqual([
      { code: 'dangling-reference', table: 'phaseChanges', id: 'p1', field: 'clientId', target: 'clients', targetId: 'nobody' },
    ]);
    expect(codes(checkIntegrity({ clients: [client('k1', 'ghost-service')] }, {}))).toEqual(['dangling-reference']);
  });

  it("issue 14 #9: refuses another service's client on a contact, and a record reusing another service's id", () => {
    const stored = { services: [service('s1'), service('s2', 'Toinen')], clients: [client('k2', 's2')], staff: [], employers: [] };
    const contact = {
      id: 'c1',
      ...sync('s1'),
      date: '2024-02-01',
      staffId: 'st1',
      employerId: 'e1',
      contactPersonId: null,
      mode: 'face-to-face',
      clientIds: ['k2'],
      purpose: 'other',
      outcome: '',
      nextStep: '',
      followUpDate: null,
      notes: '',
    };
    const incoming = {
      staff: [{ id: 'st1', ...sync('s1'), name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }],
      employers: [{ id: 'e1', ...sync('s1'), name: 'Kahvila', sector: '', area: '', notes: '', mergedInto: null }],
      employerContacts: [contact],
    };
    expect(checkIntegrity(incoming, stored).problems).toEqual([
      { code: 'other-service-reference', table: 'employerContacts', id: 'c1', field: 'clientIds', target: 'clients', targetId: 'k2' },
    ]);
    // Service s1 writing client k2 (of s2) would move that client to s1.
    expect(codes(checkIntegrity({ clients: [client('k2', 's1')] }, stored))).toEqual(['moves-service']);
  });

  it('issue 14 #9: refuses a "final" review with 3 ratings and its first day after its last', () => {
    const final = review('r1', 's1', { status: 'final', finalisedAt: AT, firstDay: '2022-10-13', lastDay: '2022-10-11' });
    const report = checkIntegrity(
      { reviews: [final], ratings: ITEM_IDS.slice(0, 3).map((itemId, i) => rating(`g${i}`, 'r1', itemId, 4)) },
      { services: [service('s1')] },
    );
    expect(report.problems).toEqual([
      { code: 'days-reversed', table: 'reviews', id: 'r1', firstDay: '2022-10-13', lastDay: '2022-10-11' },
      { code: 'final-incomplete', table: 'reviews', id: 'r1', rated: 3 },
    ]);
  });

  it('issue 14 #9: refuses 8 million data sources on one rating, and a data source twice', () => {
    const huge = new Array<string>(8_000_000).fill('MIS');
    const stored = { services: [service('s1')], reviews: [review('r1', 's1')] };
    const report = checkIntegrity(
      {
        ratings: [
          rating('g1', 'r1', 'staffing-1', 4, 's1', { dataSources: huge }),
          rating('g2', 'r1', 'staffing-2', 4, 's1', { dataSources: ['MIS', 'MIS'] }),
        ],
      },
      stored,
    );
    expect(report.problems).toEqual([
      { code: 'too-many-values', table: 'ratings', id: 'g1', field: 'dataSources', count: 8_000_000, max: 4 },
      { code: 'repeated-values', table: 'ratings', id: 'g2', field: 'dataSources' },
    ]);
  });

  it('issue 14 #9: refuses a timestamp with a +14:00 offset in a new write, and compares instants, not text', () => {
    const stored = { services: [service('s1')], reviews: [review('r1', 's1')] };
    const late = rating('g1', 'r1', 'staffing-1', 4, 's1', { updatedAt: '2025-03-10T10:00:00+14:00' });
    expect(checkIntegrity({ ratings: [late] }, stored).problems).toEqual([
      { code: 'not-utc-time', table: 'ratings', id: 'g1', field: 'updatedAt', value: '2025-03-10T10:00:00+14:00' },
    ]);
    // 10:00 at +14:00 is 20:00 UTC the day before: older than the device's 09:00 UTC, though text-greater.
    expect(toUtcTimestamp('2025-03-10T10:00:00+14:00')).toBe('2025-03-09T20:00:00.000Z');
    expect(compareInstants('2025-03-10T10:00:00+14:00', AT)).toBeLessThan(0);
    const device = rating('g1', 'r1', 'staffing-1', 4);
    const plan = planTable([device], [{ ...late, score: 1 }], 'id', 'merge');
    expect(plan.counts).toMatchObject({ updated: 0, kept: 1 });
    expect(withUtcTimestamps(late).updatedAt).toBe('2025-03-09T20:00:00.000Z');
  });

  it('issue 14 #1: one consensus rating per review and item, in the batch and against the device', () => {
    const stored = { services: [service('s1')], reviews: [review('r1', 's1')], ratings: [rating('a1', 'r1', 'staffing-1', 4)] };
    expect(checkIntegrity({ ratings: [rating('b1', 'r1', 'staffing-1', 5)] }, stored).problems).toEqual([
      { code: 'duplicate-natural-key', table: 'ratings', id: 'b1', otherId: 'a1' },
    ]);
    // A tombstone does not count, and the same id is an update, not a second rating.
    expect(checkIntegrity({ ratings: [rating('a1', 'r1', 'staffing-1', 5)] }, stored).total).toBe(0);
    expect(
      checkIntegrity({ ratings: [rating('b1', 'r1', 'staffing-1', 5)] }, { ...stored, ratings: [{ ...stored.ratings[0]!, deletedAt: AT }] })
        .total,
    ).toBe(0);
  });

  it('issue 14 #1: a merge matches ratings by review and item, so two tablets never make 50', () => {
    const device = ITEM_IDS.map((itemId, i) => rating(`a${i}`, 'r1', itemId, 4));
    const tabletB = ITEM_IDS.map((itemId, i) => rating(`b${i}`, 'r1', itemId, null));
    const aligned = alignNaturalKeys('ratings', device, tabletB, 'id');
    expect(aligned.map((r) => r.id)).toEqual(device.map((r) => r.id));
    expect(planTable(device, aligned, 'id', 'merge').counts).toMatchObject({ added: 0, kept: 25 });
    expect(naturalRecordId('r1', 'staffing-1')).toBe('r1:staffing-1');
    expect(naturalRecordId('x'.repeat(60), 'staffing-1')).toBeNull();
  });

  it('issue 14 #1: a merge that would change a final review says from what to what, and is refused', () => {
    const final = review('r1', 's1', { status: 'final', finalisedAt: AT });
    const device = ITEM_IDS.map((itemId, i) => rating(`a${i}`, 'r1', itemId, 4));
    const stored = { services: [service('s1')], reviews: [final], ratings: device };
    const newer = device.slice(0, 2).map((r) => ({ ...r, score: 5, updatedAt: '2025-03-11T09:00:00.000Z' }));
    const report = checkIntegrity({ ratings: newer }, stored, { protectFinal: true });
    expect(report.problems).toEqual([
      { code: 'final-review-changed', table: 'reviews', id: 'r1', serviceName: 'Kätevä', firstDay: '2022-10-11', before: 100, after: 102 },
    ]);
    // The same write to an in-progress review, or in a replace, is no conflict.
    expect(checkIntegrity({ ratings: newer }, stored).total).toBe(0);
  });

  it('issue 14 #7: lists the first 100 problems of 30,000 and counts them all', () => {
    const stored = { services: [service('s1')] };
    const ratings = Array.from({ length: 30_000 }, (_, i) => rating(`g${i}`, 'missing', 'staffing-1', 4));
    const report = checkIntegrity({ ratings }, stored);
    expect(report.problems).toHaveLength(100);
    expect(report.total).toBeGreaterThanOrEqual(30_000);
  });
});
