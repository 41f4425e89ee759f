// @vitest-environment node
// A change the team server refuses is kept and shown on the device that made it, and the person
// either sends it again or takes the team's version: nothing is dropped unseen (issue 17).
// Devices are Dexie databases with in-memory PouchDBs against the in-process team server.
import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import HttpAdapter from 'pouchdb-adapter-http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { applyPending } from '../../src/db/sync/apply';
import { setOutboxEnabled } from '../../src/db/sync/outbox';
import { pushOutbox } from '../../src/db/sync/push';
import { remoteConnection, closeRemoteConnection } from '../../src/db/sync/remote-connection';
import {
  deniedCount,
  deniedKey,
  deniedReason,
  recordDenial,
  sendAgain,
  takeTeamVersion,
  type DeniedChange,
  type DenialEvent,
} from '../../src/db/sync/server-refusals';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { dropDb, freshDb } from '../db/helpers';
import { ADMIN, COACH, KATEVA, REVIEWER_1, REVIEWER_2, syncDoc, team } from './team-fixture';
import { remoteDb } from './pouch.mjs';

PouchDB.plugin(MemoryAdapter).plugin(HttpAdapter);

let server: TeamServer;
let katevaUrl: string;
const cleanup: (() => Promise<unknown>)[] = [];

interface Device {
  db: FidelioDb;
  local: PouchDatabase;
  team: PouchDatabase;
  user: string;
}

function device(user: { name: string; password: string }): Device {
  const db = freshDb();
  setOutboxEnabled(db.name, true);
  const local = new PouchDB(`device-${crypto.randomUUID()}`, { adapter: 'memory' });
  const teamDb = remoteDb(katevaUrl, user) as unknown as PouchDatabase;
  cleanup.push(async () => {
    setOutboxEnabled(db.name, false);
    closeRemoteConnection(db);
    await dropDb(db);
    await local.destroy();
    await teamDb.close();
  });
  return { db, local, team: teamDb, user: user.name };
}

/** One round as the engine runs it: outbox → PouchDB → server (refusals kept) → back → Dexie. */
async function syncRound(d: Device): Promise<void> {
  await pushOutbox(d.db, { owner: d.user, pouchFor: (id) => (id === KATEVA ? d.local : undefined) });
  const denials: DenialEvent[] = [];
  const push = PouchDB.replicate(d.local, d.team);
  push.on('denied', (error) => denials.push(error as DenialEvent));
  await push;
  for (const denial of denials) await recordDenial(d.db, KATEVA, d.local, denial, new Date('2026-12-06T08:00:00.000Z'));
  await PouchDB.replicate(d.team, d.local);
  await applyPending(d.db, KATEVA, d.local);
}

const denied = async (d: Device) => ((await d.db.syncState.get(deniedKey(KATEVA)))?.value ?? []) as DeniedChange[];

beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, admin: ADMIN });
  await setupTeam(`http://${ADMIN.name}:${ADMIN.password}@${server.couchUrl.slice('http://'.length)}`, team());
  katevaUrl = `${server.couchUrl}/${serviceDbName(KATEVA)}`;
}, 30_000);

afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

afterAll(async () => {
  await server?.stop();
});

describe('a change the team server refuses', () => {
  it('is listed with the reason, counted, and taking the team version removes a record the server never had', async () => {
    const anna = device(COACH);
    // A rating out of the scale's range, as an older or broken app could write it.
    const bad = syncDoc('ratings', 'r-bad', { reviewId: 'rv-1', itemId: 'item-1', score: 6 }).record as Record<string, unknown>;
    await anna.db.table('ratings').put(bad);
    await syncRound(anna);

    const list = await denied(anna);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: 'ratings:r-bad', table: 'ratings', id: 'r-bad', reason: 'score' });
    expect(list[0]!.serverText).toMatch(/1 to 5/);
    expect(await deniedCount(anna.db, [KATEVA])).toBe(1);
    // Still on the device until the person chooses.
    expect(await anna.db.table('ratings').get('r-bad')).toMatchObject({ score: 6 });
    await expect(anna.team.get('ratings:r-bad')).rejects.toMatchObject({ status: 404 });

    await takeTeamVersion(anna.db, KATEVA, anna.local, anna.team, 'ratings:r-bad');
    await syncRound(anna);
    expect(await anna.db.table('ratings').get('r-bad')).toBeUndefined();
    expect(await denied(anna)).toEqual([]);
    expect(await deniedCount(anna.db, [KATEVA])).toBe(0);
    await expect(anna.team.get('ratings:r-bad')).rejects.toMatchObject({ status: 404 });
  });

  it("of another reviewer's rating: sent again it is refused again; the team's version replaces it and is not listed again", async () => {
    const ville = remoteDb(katevaUrl, REVIEWER_1);
    cleanup.push(() => ville.close());
    const service = syncDoc('services', KATEVA, { name: 'Kätevä', organisation: '', region: '', notes: '' });
    const review = syncDoc('reviews', 'rv-1', {
      scaleId: 'scale',
      scaleVersion: 1,
      firstDay: '2026-11-30',
      lastDay: '2026-12-01',
      type: 'external',
      reviewers: ['Ville', 'Sari'],
      status: 'in-progress',
      finalisedAt: null,
    });
    const rating = syncDoc(
      'reviewerRatings',
      'rr-v',
      { reviewId: 'rv-1', reviewerId: 'reviewer-1', reviewerName: 'Ville', itemId: ITEM_IDS[0], score: 4, notes: '' },
      { owner: 'ville' },
    );
    await ville.bulkDocs([review, rating]);
    const sari = device(REVIEWER_2);
    await remoteConnection(sari.db).services.put(service.record as never);
    await PouchDB.replicate(sari.team, sari.local);
    await applyPending(sari.db, KATEVA, sari.local);
    expect(await sari.db.table('reviewerRatings').get('rr-v')).toMatchObject({ score: 4 });

    await sari.db.table('reviewerRatings').update('rr-v', { score: 1, updatedAt: '2026-12-06T07:00:00.000Z' });
    await syncRound(sari);
    expect((await denied(sari)).map((d) => [d.key, d.reason])).toEqual([['reviewerRatings:rr-v', 'not-own']]);
    expect(((await ville.get('reviewerRatings:rr-v')).record as { score: number }).score).toBe(4);

    await sendAgain(sari.db, KATEVA, sari.local, 'reviewerRatings:rr-v');
    expect(await denied(sari)).toEqual([]);
    await syncRound(sari);
    expect(await denied(sari)).toHaveLength(1);

    await takeTeamVersion(sari.db, KATEVA, sari.local, sari.team, 'reviewerRatings:rr-v');
    await syncRound(sari);
    expect(await sari.db.table('reviewerRatings').get('rr-v')).toMatchObject({ score: 4 });
    expect(await denied(sari)).toEqual([]);
    expect(((await ville.get('reviewerRatings:rr-v')).record as { score: number }).score).toBe(4);
  });
});

describe("the server's reasons", () => {
  it('are told apart in the words the app shows', () => {
    expect(deniedReason('You are not a member of this service.')).toBe('not-member');
    expect(deniedReason('', 401)).toBe('not-member');
    expect(deniedReason('These reviewerRatings belong to ville.')).toBe('not-own');
    expect(deniedReason('A reviewer writes only their own reviewerRatings.')).toBe('not-own');
    expect(deniedReason('The record belongs to another service.')).toBe('other-service');
    expect(deniedReason('A score is empty or a whole number from 1 to 5.')).toBe('score');
    expect(deniedReason('The record needs createdAt and updatedAt.')).toBe('malformed');
    expect(deniedReason('Unknown table: x.')).toBe('malformed');
    expect(deniedReason('Disk full')).toBe('other');
  });
});
