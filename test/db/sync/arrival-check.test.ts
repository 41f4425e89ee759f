import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../../src/db/app-db';
import { applyChanges, applyPending, refusedKey } from '../../../src/db/sync/apply';
import type { RefusedArrival } from '../../../src/db/sync/arrival-check';
import type { Change, SyncDoc } from '../../../src/db/sync/pouch-types';
import { closeRemoteConnection } from '../../../src/db/sync/remote-connection';
import { employerIdForName } from '../../../src/domain/employers/job-employers';
import { ITEM_IDS } from '../../../src/domain/fidelity/items';
import { dropDb, freshDb } from '../helpers';

PouchDB.plugin(MemoryAdapter);

/*
 * Issue 17: what arrives from the team server passes the app's own invariants before Dexie shows
 * it. A record that would break one is not applied, is listed with its problems, and is taken in
 * once what it lacked has arrived.
 */
const SERVICE = 'service-1';
const AT = '2026-12-01T10:00:00.000Z';
const FINALISED = '2026-12-02T10:00:00.000Z';
const AFTER = '2026-12-03T10:00:00.000Z';

const dbs: FidelioDb[] = [];
const pouches: PouchDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    closeRemoteConnection(db);
    await dropDb(db);
  }
  for (const pouch of pouches.splice(0)) await pouch.destroy();
});

function device(): FidelioDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}

const record = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  serviceId: SERVICE,
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  ...fields,
});
let rev = 0;
function doc(table: string, id: string, fields: Record<string, unknown> = {}): SyncDoc {
  rev += 1;
  return {
    _id: `${table}:${id}`,
    _rev: `1-${rev.toString(16).padStart(32, '0')}`,
    table,
    schema: 1,
    record: record(id, fields),
    owner: 'anna',
  };
}
const changes = (...docs: SyncDoc[]): Change[] => docs.map((d, seq) => ({ id: d._id, seq, doc: d }));
const service = () => doc('services', SERVICE, { name: 'Kätevä', organisation: '', region: '', notes: '' });
const employer = (id: string) => doc('employers', id, { name: `Työnantaja ${id}`, sector: '', area: '', notes: '', mergedInto: null });
const staff = () => doc('staff', 'staff-1', { name: 'Anna', role: 'specialist', fte: 1, startDate: '2026-01-01', endDate: null });
const contact = (id: string, employerId: string) =>
  doc('employerContacts', id, {
    date: '2026-12-01',
    staffId: 'staff-1',
    employerId,
    contactPersonId: null,
    mode: 'face-to-face',
    clientIds: [],
    purpose: 'other',
    outcome: '',
    nextStep: '',
    followUpDate: null,
    notes: '',
  });
const review = (status: 'final' | 'in-progress') =>
  doc('reviews', 'review-1', {
    scaleId: 'scale',
    scaleVersion: 1,
    firstDay: '2026-11-30',
    lastDay: '2026-12-01',
    type: 'external',
    reviewers: ['A'],
    status,
    finalisedAt: status === 'final' ? FINALISED : null,
    updatedAt: status === 'final' ? FINALISED : AT,
  });
const rating = (itemId: string, score: number, fields: Record<string, unknown> = {}) =>
  doc('ratings', `review-1:${itemId}`, { reviewId: 'review-1', itemId, score, notes: '', dataSources: [], ...fields });

async function refused(db: FidelioDb): Promise<RefusedArrival[]> {
  return ((await db.syncState.get(refusedKey(SERVICE)))?.value as RefusedArrival[] | undefined) ?? [];
}

describe('records arriving from the team server', () => {
  it('links a job sent in record format 2 (employer as text) to the directory, as the sending device will on updating', async () => {
    const db = device();
    const client = doc('clients', 'k1', {
      code: 'K-1',
      referralDate: '2026-11-01',
      referralSource: 'default:typ',
      startDate: null,
      notes: '',
    });
    const job = (id: string, employer: string) =>
      doc('jobs', id, {
        clientId: 'k1',
        employer,
        title: 'Kokki',
        jobType: 'Ravintola',
        startDate: '2026-11-20',
        endDate: null,
        hoursPerWeek: null,
        competitive: true,
        paySubsidy: false,
      });
    expect(
      await applyChanges(db, SERVICE, changes(service(), employer('e1'), client, job('j1', ' työnantaja E1'), job('j2', 'Posti')), 5),
    ).toBe(5);
    expect(await refused(db)).toEqual([]);
    expect(await db.jobs.get('j1')).toMatchObject({ employerId: 'e1', competitive: true, competitiveAnswers: null });
    expect((await db.jobs.get('j1')) ?? {}).not.toHaveProperty('employer');
    const posti = employerIdForName(SERVICE, 'Posti');
    expect((await db.jobs.get('j2'))?.employerId).toBe(posti);
    expect(await db.employers.get(posti)).toMatchObject({ name: 'Posti', serviceId: SERVICE, deletedAt: null });
  });

  it('applies records that keep the invariants', async () => {
    const db = device();
    expect(await applyChanges(db, SERVICE, changes(service(), staff(), employer('e1'), contact('c1', 'e1')), 4)).toBe(4);
    expect(await db.employerContacts.get('c1')).toMatchObject({ employerId: 'e1' });
    expect(await refused(db)).toEqual([]);
  });

  it('holds a contact whose employer is missing, and takes it in once the employer arrives', async () => {
    const db = device();
    const pouch = new PouchDB(`pouch-${crypto.randomUUID()}`, { adapter: 'memory' }) as PouchDatabase;
    pouches.push(pouch);
    const unrevised = (d: SyncDoc): SyncDoc => ({ ...d, _rev: undefined });
    await pouch.bulkDocs([service(), staff(), contact('c1', 'e1')].map(unrevised));
    expect(await applyPending(db, SERVICE, pouch)).toBe(2);
    expect(await db.employerContacts.get('c1')).toBeUndefined();
    expect(await refused(db)).toEqual([
      {
        key: 'employerContacts:c1',
        table: 'employerContacts',
        id: 'c1',
        problems: [expect.objectContaining({ code: 'dangling-reference', field: 'employerId', targetId: 'e1' })],
      },
    ]);

    await pouch.bulkDocs([unrevised(employer('e1'))]);
    expect(await applyPending(db, SERVICE, pouch)).toBe(2);
    expect(await db.employerContacts.get('c1')).toMatchObject({ employerId: 'e1' });
    expect(await refused(db)).toEqual([]);
  });

  it('refuses a second consensus rating for the same review and item, and what only it would leave dangling', async () => {
    const db = device();
    await applyChanges(db, SERVICE, changes(service(), staff(), review('in-progress'), rating('staffing-1', 4)), 4);
    const second = doc('ratings', 'random-id', { reviewId: 'review-1', itemId: 'staffing-1', score: 2, notes: '', dataSources: [] });
    expect(await applyChanges(db, SERVICE, changes(second, employer('e2'), contact('c2', 'e2')), 6)).toBe(2);
    expect(await db.ratings.get('random-id')).toBeUndefined();
    expect((await db.ratings.get('review-1:staffing-1'))?.score).toBe(4);
    expect(await refused(db)).toEqual([
      expect.objectContaining({
        key: 'ratings:random-id',
        problems: [expect.objectContaining({ code: 'duplicate-natural-key', otherId: 'review-1:staffing-1' })],
      }),
    ]);
  });

  it("refuses a change to a final review's rating made after it was finalised, but takes in the ratings it was finalised with", async () => {
    const db = device();
    const ratings = ITEM_IDS.map((itemId) => rating(itemId, 4));
    // The final review and its 25 ratings in one batch: all taken in.
    expect(await applyChanges(db, SERVICE, changes(service(), ...ratings, review('final')), 27)).toBe(27);
    // Another device, offline during the finalisation, changes one score afterwards.
    const late = rating('services-10', 1, { updatedAt: AFTER });
    expect(await applyChanges(db, SERVICE, changes(late), 28)).toBe(0);
    expect((await db.ratings.get('review-1:services-10'))?.score).toBe(4);
    expect(await refused(db)).toEqual([
      expect.objectContaining({
        key: 'ratings:review-1:services-10',
        problems: [expect.objectContaining({ code: 'final-review-changed', id: 'review-1', before: 4, after: 1 })],
      }),
    ]);
    // A rating written before the finalisation (it arrived late) is part of the final review.
    const early = rating('services-9', 4, { notes: 'Kirjattu ennen valmistumista', updatedAt: AT });
    expect(await applyChanges(db, SERVICE, changes(early), 29)).toBe(1);
    // Unscoring an item of a final review makes it incomplete: refused too.
    const unscored = {
      ...rating('services-8', 0, { updatedAt: AT }),
      record: { ...record('review-1:services-8'), reviewId: 'review-1', itemId: 'services-8', score: null, notes: '', dataSources: [] },
    };
    expect(await applyChanges(db, SERVICE, changes(unscored), 30)).toBe(0);
    expect((await refused(db)).map((r) => r.problems[0]?.code).sort()).toEqual(['final-incomplete', 'final-review-changed']);
  });

  it('refuses a timestamp that is not in UTC', async () => {
    const db = device();
    const odd = employer('e3');
    odd.record = { ...odd.record!, updatedAt: '2026-12-01T12:00:00+02:00' };
    expect(await applyChanges(db, SERVICE, changes(service(), odd), 2)).toBe(1);
    expect(await refused(db)).toEqual([
      expect.objectContaining({ key: 'employers:e3', problems: [expect.objectContaining({ code: 'not-utc-time' })] }),
    ]);
  });
});

describe('records that do not fit the app’s record schema', () => {
  it('are refused with the fields in question, as a backup’s records are, and the rest of the batch is taken in', async () => {
    const db = device();
    const unknownField = employer('e4');
    unknownField.record = { ...unknownField.record!, secret: 'planted' };
    const badScore = rating('staffing-1', 4);
    badScore.record = { ...badScore.record!, score: 'four' };
    const missing = employer('e5');
    delete missing.record!.name;
    expect(
      await applyChanges(db, SERVICE, changes(service(), review('in-progress'), unknownField, badScore, missing, employer('e6')), 6),
    ).toBe(3);
    expect(await db.employers.get('e4')).toBeUndefined();
    expect(await db.employers.get('e6')).toBeDefined();
    const byKey = Object.fromEntries((await refused(db)).map((r) => [r.key, r]));
    expect(Object.keys(byKey).sort()).toEqual(['employers:e4', 'employers:e5', 'ratings:review-1:staffing-1']);
    expect(byKey['employers:e4']!.fields).toEqual([{ path: 'secret', detail: { reason: 'unknown-field' } }]);
    expect(byKey['employers:e5']!.fields).toEqual([{ path: 'name', detail: { reason: 'missing' } }]);
    expect(byKey['ratings:review-1:staffing-1']!.fields).toEqual([{ path: 'score', detail: { reason: 'wrong-type', expected: 'number' } }]);
  });
});
