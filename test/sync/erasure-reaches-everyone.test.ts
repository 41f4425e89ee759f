// @vitest-environment node
// Erasing a client on one device removes their personal content on the other devices and on the
// team server (issue 17, "Erasure reaches everyone"), and shows what the server still keeps of
// older revisions until it is compacted (README, Running a team server).
import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import HttpAdapter from 'pouchdb-adapter-http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { createClient } from '../../src/db/repos/caseload-clients';
import { eraseClient } from '../../src/db/repos/erase-client';
import { applyPending } from '../../src/db/sync/apply';
import { setOutboxEnabled } from '../../src/db/sync/outbox';
import { pushOutbox } from '../../src/db/sync/push';
import { closeRemoteConnection, remoteConnection } from '../../src/db/sync/remote-connection';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { dropDb, freshDb } from '../db/helpers';
import { remoteDb } from './pouch.mjs';
import { ADMIN, basicAuth, COACH, KATEVA, REVIEWER_1, syncDoc, team } from './team-fixture';

PouchDB.plugin(MemoryAdapter).plugin(HttpAdapter);

const CODE = 'KÄT-077';
const NOTE = 'Muutti Ouluun, puoliso sairastui';
const NOW = new Date('2026-12-06T08:00:00.000Z');

let server: TeamServer;
let katevaUrl: string;
const cleanup: (() => Promise<unknown>)[] = [];

interface Device {
  db: FidelioDb;
  local: PouchDatabase;
  team: PouchDatabase;
  user: string;
}

async function device(user: { name: string; password: string }): Promise<Device> {
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
  // Opened first: a transaction that has to open the database lost its zone after another connection opened it.
  await db.open();
  // The service as the team's database holds it, applied as if it had arrived.
  await remoteConnection(db).services.put(
    syncDoc('services', KATEVA, { name: 'Kätevä', organisation: '', region: '', notes: '' }).record as never,
  );
  return { db, local, team: teamDb, user: user.name };
}

async function syncRound(d: Device): Promise<void> {
  await pushOutbox(d.db, { owner: d.user, pouchFor: (id) => (id === KATEVA ? d.local : undefined) });
  await PouchDB.replicate(d.local, d.team);
  await PouchDB.replicate(d.team, d.local);
  await applyPending(d.db, KATEVA, d.local);
}

const asAdmin = (path: string, init: RequestInit = {}) =>
  fetch(`${katevaUrl}${path}`, {
    ...init,
    headers: { authorization: basicAuth(ADMIN), 'content-type': 'application/json', accept: 'application/json' },
  });

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

describe('erasing a client on one device', () => {
  it('removes their code, notes and history on the other device and on the server; compaction removes the old revisions', async () => {
    const a = await device(COACH);
    const b = await device(REVIEWER_1);
    const clientId = await createClient(
      a.db,
      KATEVA,
      {
        draft: { code: CODE, referralDate: '2026-11-02', referralSource: 'default:employment-trial', notes: NOTE },
        start: { date: '2026-11-10', phase: 1 },
        specialistId: null,
      },
      NOW,
    );
    await syncRound(a);
    await syncRound(b);
    expect(await b.db.clients.get(clientId)).toMatchObject({ code: CODE, notes: NOTE });
    const [phaseChange] = await b.db.phaseChanges.where('clientId').equals(clientId).toArray();
    expect(phaseChange).toBeDefined();
    const before = (await (await asAdmin(`/clients:${clientId}`)).json()) as { _rev: string };

    await eraseClient(a.db, clientId, new Date('2026-12-06T09:00:00.000Z'));
    await syncRound(a);
    await syncRound(b);

    // Device B: only the content-free tombstone, and no history.
    const onB = await b.db.clients.get(clientId);
    expect(JSON.stringify(onB)).not.toContain(CODE);
    expect(JSON.stringify(onB)).not.toContain(NOTE);
    expect(onB?.deletedAt).not.toBeNull();
    expect(await b.db.phaseChanges.where('clientId').equals(clientId).count()).toBe(0);
    expect(JSON.stringify(await b.local.get(`clients:${clientId}`))).not.toContain(CODE);

    // The server's current versions: every leaf of the client, the phase change removed.
    const leaves = await (await asAdmin(`/clients:${clientId}?revs=true&open_revs=all`)).text();
    expect(leaves).not.toContain(CODE);
    expect(leaves).not.toContain(NOTE);
    expect((await asAdmin(`/phaseChanges:${phaseChange!.id}`)).status).toBe(404);
    const changes = await (await asAdmin('/_changes?style=all_docs&include_docs=true')).text();
    expect(changes).not.toContain(CODE);
    expect(changes).not.toContain(NOTE);

    // An older revision's body stays readable by revision id until the database is compacted.
    const old = await asAdmin(`/clients:${clientId}?rev=${before._rev}`);
    expect(old.status).toBe(200);
    expect(await old.text()).toContain(CODE);
    expect((await asAdmin('/_compact', { method: 'POST', body: '{}' })).status).toBeLessThan(300);
    const deadline = Date.now() + 10_000;
    let afterCompaction = await (await asAdmin(`/clients:${clientId}?rev=${before._rev}`)).text();
    while (afterCompaction.includes(CODE) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      afterCompaction = await (await asAdmin(`/clients:${clientId}?rev=${before._rev}`)).text();
    }
    expect(afterCompaction).not.toContain(CODE);
  });
});
