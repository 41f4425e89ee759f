// Devices of Kätevä's team against an in-process team server, for the tests that follow a change
// through the app's own sync steps: each device is a Dexie database with an in-memory PouchDB,
// and one sync round is what the engine runs (outbox → PouchDB → server → back → Dexie).
// `teamDevices()` registers the server's start and stop and each test's cleanup with vitest.
import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import HttpAdapter from 'pouchdb-adapter-http';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { applyPending } from '../../src/db/sync/apply';
import { setOutboxEnabled } from '../../src/db/sync/outbox';
import { pushOutbox } from '../../src/db/sync/push';
import { closeRemoteConnection, remoteConnection } from '../../src/db/sync/remote-connection';
import { recordDenial, type DenialEvent } from '../../src/db/sync/server-refusals';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { dropDb, freshDb } from '../db/helpers';
import { remoteDb } from './pouch.mjs';
import { loadFactor } from '../load-factor.mjs';
import { ADMIN, basicAuth, KATEVA, syncDoc, team } from './team-fixture';

PouchDB.plugin(MemoryAdapter).plugin(HttpAdapter);

export interface Device {
  db: FidelioDb;
  local: PouchDatabase;
  /** Kätevä's database on the server, as this device's user reaches it. */
  team: PouchDatabase;
  user: string;
}

type User = { name: string; password: string };

/** Kätevä's service record as the team's database holds it. */
export const KATEVA_SERVICE = syncDoc('services', KATEVA, { name: 'Kätevä', organisation: '', region: '', notes: '' });

export function teamDevices() {
  let server: TeamServer;
  let katevaUrl = '';
  const cleanup: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, admin: ADMIN });
    await setupTeam(`http://${ADMIN.name}:${ADMIN.password}@${server.couchUrl.slice('http://'.length)}`, team());
    katevaUrl = `${server.couchUrl}/${serviceDbName(KATEVA)}`;
  }, 30_000 * loadFactor());

  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  afterAll(async () => {
    await server?.stop();
  });

  return {
    /** Kätevä's database on the server as `user` reaches it (closed after the test). */
    serverAs(user: User): PouchDatabase {
      const db = remoteDb(katevaUrl, user) as unknown as PouchDatabase;
      cleanup.push(() => db.close());
      return db;
    },

    /** A device of `user`; with `withService`, Kätevä's record is already there as if it had arrived. */
    async device(user: User, { withService = false } = {}): Promise<Device> {
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
      if (withService) await remoteConnection(db).services.put(KATEVA_SERVICE.record as never);
      return { db, local, team: teamDb, user: user.name };
    },

    /** One round as the engine runs it; changes the server refuses are recorded as the engine does. */
    async syncRound(d: Device, refusedAt = new Date('2026-12-06T08:00:00.000Z')): Promise<void> {
      await pushOutbox(d.db, { owner: d.user, pouchFor: (id) => (id === KATEVA ? d.local : undefined) });
      const denials: DenialEvent[] = [];
      const push = PouchDB.replicate(d.local, d.team);
      push.on('denied', (error) => denials.push(error as DenialEvent));
      await push;
      for (const denial of denials) await recordDenial(d.db, KATEVA, d.local, denial, refusedAt);
      await PouchDB.replicate(d.team, d.local);
      await applyPending(d.db, KATEVA, d.local);
    },

    /** A request to Kätevä's database as the county's admin. */
    asAdmin(path: string, init: RequestInit = {}): Promise<Response> {
      return fetch(`${katevaUrl}${path}`, {
        ...init,
        headers: { authorization: basicAuth(ADMIN), 'content-type': 'application/json', accept: 'application/json' },
      });
    },
  };
}
