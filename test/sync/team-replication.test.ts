// @vitest-environment node
// Devices (PouchDB memory replicas) against the team server (memory storage) on 127.0.0.1: what
// the team relies on — offline edits converge, a conflict keeps both versions, a non-member gets
// nothing, a reviewer's ratings are theirs, and the server refuses records the app would not write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { LOCAL_POUCH_OPTIONS } from '../../src/db/sync/local-pouch';
import { deviceReplica, remoteDb, type TestPouch } from './pouch.mjs';
import { ADMIN, basicAuth, COACH, KATEVA, OUTSIDER, POLKU, REVIEWER_1, REVIEWER_2, syncDoc, team } from './team-fixture';

let server: TeamServer;
let katevaUrl: string;
const opened: TestPouch[] = [];

/** A device's replica with the app's own options (compaction, revision limit), in memory. */
function device(label: string): TestPouch {
  const db = deviceReplica(label, LOCAL_POUCH_OPTIONS);
  opened.push(db);
  return db;
}
function remote(user: { name: string; password: string }, url = katevaUrl): TestPouch {
  const db = remoteDb(url, user);
  opened.push(db);
  return db;
}

/** The status of a refused request; fails the test when the request was accepted. */
async function refusal(attempt: Promise<unknown>): Promise<{ status: number; reason: string }> {
  const outcome = await attempt.then(
    () => null,
    (error: { status?: number; message?: string; reason?: string }) => ({
      status: error.status ?? 0,
      reason: error.reason ?? error.message ?? '',
    }),
  );
  expect(outcome, 'the server accepted what it must refuse').not.toBeNull();
  return outcome!;
}

beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, admin: ADMIN });
  const adminUrl = `http://${ADMIN.name}:${ADMIN.password}@${server.couchUrl.slice('http://'.length)}`;
  await setupTeam(adminUrl, team());
  katevaUrl = `${server.couchUrl}/${serviceDbName(KATEVA)}`;
});

afterAll(async () => {
  await Promise.allSettled(opened.map((db) => db.close()));
  await server?.stop();
});

describe('two devices of one service', () => {
  it('edit the same client offline, converge to one winner and keep the other version readable', async () => {
    const server1 = remote(COACH);
    const server2 = remote(REVIEWER_1);
    const tablet = device('tablet');
    const phone = device('phone');
    await tablet.put(syncDoc('clients', 'c-1', { pseudonym: 'Asiakas 1', phase: 'job search' }));
    await tablet.replicate.to(server1);
    await phone.replicate.from(server2);
    const base = await phone.get('clients:c-1');

    // Both offline: each edits its own copy.
    const onTablet = await tablet.get('clients:c-1');
    await tablet.put({ ...onTablet, record: { ...(onTablet.record as object), phase: 'working', updatedAt: '2026-12-05T11:00:00.000Z' } });
    await phone.put({ ...base, record: { ...(base.record as object), phase: 'follow-along', updatedAt: '2026-12-05T11:05:00.000Z' } });

    // Back online: both push, both pull.
    expect((await tablet.replicate.to(server1)).doc_write_failures).toBe(0);
    expect((await phone.replicate.to(server2)).doc_write_failures).toBe(0);
    await tablet.replicate.from(server1);
    await phone.replicate.from(server2);

    const [a, b, s] = await Promise.all([
      tablet.get('clients:c-1', { conflicts: true }),
      phone.get('clients:c-1', { conflicts: true }),
      server1.get('clients:c-1', { conflicts: true }),
    ]);
    expect(a._rev).toBe(b._rev);
    expect(s._rev).toBe(a._rev);
    expect(a.record).toEqual(b.record);
    expect(a._conflicts).toHaveLength(1);
    expect(b._conflicts).toEqual(a._conflicts);

    // The losing version is kept on every replica, not dropped.
    const phases = new Set(['working', 'follow-along']);
    const winnerPhase = (a.record as { phase: string }).phase;
    phases.delete(winnerPhase);
    for (const replica of [tablet, phone, server1]) {
      const loser = await replica.get('clients:c-1', { rev: a._conflicts![0] });
      expect((loser.record as { phase: string }).phase).toBe([...phases][0]);
    }
    // Compaction on the devices dropped only the body of the revision both edits were based on.
    for (const replica of [tablet, phone])
      await expect(replica.get('clients:c-1', { rev: base._rev })).rejects.toMatchObject({ status: 404 });
  });
});

describe('live replication', () => {
  it("brings a coach's new contact to the team leader's device while both are online", async () => {
    const leaderDevice = device('leader');
    const live = leaderDevice.replicate.from(remote(COACH), { live: true, retry: true });
    try {
      const coachPhone = device('coach-phone');
      await coachPhone.put(syncDoc('employerContacts', 'ec-live-1', { employerId: 'e-1', staffId: 's-1', date: '2026-12-05' }));
      await coachPhone.replicate.to(remote(REVIEWER_1));
      const deadline = Date.now() + 10_000;
      let arrived = false;
      while (!arrived && Date.now() < deadline) {
        arrived = await leaderDevice.get('employerContacts:ec-live-1').then(
          () => true,
          () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 50)),
        );
      }
      expect(arrived).toBe(true);
    } finally {
      live.cancel();
    }
  });
});

describe('a non-member', () => {
  it('is refused reads and writes of the service database, directly and by replication', async () => {
    const asAdmin = remote(ADMIN);
    await asAdmin.put(syncDoc('clients', 'secret-1', { pseudonym: 'Asiakas 9' }));
    const outsider = remote(OUTSIDER);

    const attempts = [
      () => outsider.get('clients:secret-1'),
      () => outsider.allDocs({ include_docs: true }),
      () => outsider.put(syncDoc('clients', 'planted-1')),
    ];
    for (const attempt of attempts) {
      // express-pouchdb answers 401 where Apache CouchDB answers 403 for a signed-in non-member.
      expect([401, 403]).toContain((await refusal(attempt())).status);
    }
    const changes = await fetch(`${katevaUrl}/_changes?include_docs=true`, { headers: { authorization: basicAuth(OUTSIDER) } });
    expect([401, 403]).toContain(changes.status);
    expect(await changes.text()).not.toContain('Asiakas 9');
    const laptop = device('outsider-laptop');
    await expect(laptop.replicate.from(outsider)).rejects.toMatchObject({ status: expect.any(Number) });
    expect((await laptop.allDocs()).rows).toHaveLength(0);
    await expect(asAdmin.get('clients:planted-1')).rejects.toMatchObject({ status: 404 });
  });

  it('still reaches their own service', async () => {
    const own = remote(OUTSIDER, `${server.couchUrl}/${serviceDbName(POLKU)}`);
    const docs = await own.allDocs();
    expect(docs.rows.map((row) => row.id)).toContain(`services:${POLKU}`);
  });
});

describe("a reviewer's own ratings", () => {
  const rating = (id: string, owner: string, score: number | null) =>
    syncDoc('reviewerRatings', id, { reviewId: 'rv-1', reviewerId: owner, itemId: 'item-1', score }, { owner });

  it('are accepted from their owner and refused from another reviewer, directly and by replication', async () => {
    const ville = remote(REVIEWER_1);
    const sari = remote(REVIEWER_2);
    const written = await ville.put(rating('rr-1', 'ville', 4));
    expect(written.ok).toBe(true);

    const current = await sari.get('reviewerRatings:rr-1');
    // Sari overwrites Ville's rating, as herself or pretending to be Ville.
    expect((await refusal(sari.put({ ...current, owner: 'sari', record: { ...(current.record as object), score: 1 } }))).status).toBe(403);
    expect((await refusal(sari.put({ ...current, record: { ...(current.record as object), score: 1 } }))).status).toBe(403);
    expect((await refusal(sari.remove(current))).status).toBe(403);
    // A new rating claiming to be Ville's.
    expect((await refusal(sari.put(rating('rr-2', 'ville', 2)))).reason).toMatch(/own/);

    // A tampered device pushes an edit of Ville's rating through replication.
    const tampered = device('sari-tablet');
    await tampered.replicate.from(sari);
    const local = await tampered.get('reviewerRatings:rr-1');
    await tampered.put({ ...local, record: { ...(local.record as object), score: 1 } });
    const pushed = await tampered.replicate.to(sari);
    expect(pushed.doc_write_failures).toBe(1);

    const onServer = await ville.get('reviewerRatings:rr-1', { conflicts: true });
    expect((onServer.record as { score: number }).score).toBe(4);
    expect(onServer._conflicts ?? []).toHaveLength(0);

    // Her own rating, and Ville updating his, are accepted.
    expect((await sari.put(rating('rr-3', 'sari', 3))).ok).toBe(true);
    expect((await ville.put({ ...onServer, record: { ...(onServer.record as object), score: 5 } })).ok).toBe(true);
  });
});

describe('records the app would not write', () => {
  it('are refused with a reason, and a well-formed one is accepted', async () => {
    const anna = remote(COACH);
    const refused = [
      { ...syncDoc('clients', 'x-1'), record: { ...(syncDoc('clients', 'x-1').record as object), serviceId: POLKU } },
      syncDoc('ratings', 'x-2', { reviewId: 'rv-1', itemId: 'item-1', score: 7 }),
      syncDoc('ratings', 'x-3', { reviewId: 'rv-1', itemId: 'item-1', score: 2.5 }),
      syncDoc('ratings', 'x-4', { reviewId: 'rv-1', score: 3 }),
      syncDoc('scales', 'x-5'),
      syncDoc('settings', 'x-6'),
      { ...syncDoc('clients', 'x-7'), _id: 'clients:another-id' },
      { ...syncDoc('clients', 'x-8'), schema: 0 },
      { ...syncDoc('clients', 'x-9'), schema: '1' },
      { _id: 'clients:x-10', table: 'clients', schema: 1 },
      syncDoc('services', 'not-this-service'),
      { _id: '_design/fidelio', validate_doc_update: 'function () {}' },
    ];
    for (const doc of refused) {
      const { status } = await refusal(anna.put(doc));
      expect([401, 403], doc._id).toContain(status);
    }
    const stillThere = await remote(ADMIN).get('_design/fidelio');
    expect(stillThere.validate_doc_update).toContain(KATEVA);
    expect((await anna.put(syncDoc('ratings', 'ok-1', { reviewId: 'rv-1', itemId: 'item-1', score: 3 }))).ok).toBe(true);
    expect((await anna.put(syncDoc('ratings', 'ok-2', { reviewId: 'rv-1', itemId: 'item-1', score: null }))).ok).toBe(true);
  });

  it("refuses a member changing the database's security", async () => {
    const response = await fetch(`${katevaUrl}/_security`, {
      method: 'PUT',
      headers: { authorization: basicAuth(COACH), 'content-type': 'application/json' },
      body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [], roles: [] } }),
    });
    expect([401, 403]).toContain(response.status);
    const security = await fetch(`${katevaUrl}/_security`, { headers: { authorization: basicAuth(ADMIN) } });
    expect(((await security.json()) as { members: { roles: string[] } }).members.roles).toEqual([`fidelio:${KATEVA}:member`]);
  });
});
