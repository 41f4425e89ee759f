// The CouchDB-protocol part of the team server: express-pouchdb over PouchDB, with data in memory
// or in a folder (LevelDB), a server admin always set (express-pouchdb with no admin treats every
// request as an admin: "admin party"), and the guard spliced in right after its authentication.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { devNull } from 'node:os';
import { join, resolve } from 'node:path';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import httpAdapter from 'pouchdb-adapter-http';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';
import { guardMiddleware } from './guard.mjs';

PouchDB.plugin(memoryAdapter).plugin(leveldbAdapter).plugin(httpAdapter).plugin(mapReduce).plugin(replication);

/** A password for a generated admin: 24 characters, URL-safe, so it can go into an admin URL. */
export function generatePassword() {
  return randomBytes(18).toString('base64url');
}

// express-pouchdb 4.2.0 builds req.couchSession in the middleware right after cookieParser.
// Its routes are registered when the app is created, so the guard is moved to that place in the
// stack; if a future version changes the order, refuse to start rather than run unguarded.
function insertGuard(app) {
  const stack = app._router?.stack;
  const cookieAt = stack ? stack.findIndex((layer) => layer.name === 'cookieParser') : -1;
  if (cookieAt < 0 || stack[cookieAt + 1]?.route) {
    throw new Error('express-pouchdb changed: cannot find where it authenticates, refusing to start unguarded');
  }
  app.use(guardMiddleware);
  const guardLayer = stack.pop();
  stack.splice(cookieAt + 2, 0, guardLayer);
}

function setConfig(app, section, key, value) {
  return new Promise((done) => app.couchConfig.set(section, key, value, done));
}

/**
 * Creates the /couchdb application. Returns { app, admin, close }; admin.generated is true when
 * a password was made up here (folder mode: only when the folder had no admin yet).
 */
// Every database express-pouchdb opens goes through this adapter, so stop() can close them all
// (LevelDB keeps a lock on its folder until closed, and a restart in the same process reopens it).
function trackingAdapter(baseName, instances) {
  const base = PouchDB.adapters[baseName];
  function tracked(opts, callback) {
    instances.add(this);
    return base.call(this, opts, callback);
  }
  tracked.valid = base.valid;
  tracked.use_prefix = base.use_prefix;
  const name = `fidelio-${baseName}-${randomBytes(6).toString('hex')}`;
  PouchDB.adapter(name, tracked);
  return name;
}

export async function createCouchApp({ memory, dataDir, admin }) {
  const instances = new Set();
  let Pouch;
  let options;
  if (memory) {
    // A prefix per server: the memory adapter's stores live as long as the process, and tests
    // start several servers in one process.
    const adapter = trackingAdapter('memory', instances);
    Pouch = PouchDB.defaults({ adapter, prefix: `team-${randomBytes(6).toString('hex')}-` });
    options = { inMemoryConfig: true, logPath: devNull };
  } else {
    const folder = resolve(dataDir);
    mkdirSync(folder, { recursive: true });
    Pouch = PouchDB.defaults({ adapter: trackingAdapter('leveldb', instances), prefix: folder + '/' });
    options = { configPath: join(folder, 'config.json'), logPath: join(folder, 'log.txt') };
  }
  const app = expressPouchDB(Pouch, { mode: 'fullCouchDB', ...options });
  insertGuard(app);

  const existingAdmins = Object.keys(app.couchConfig.getSection('admins') ?? {});
  let chosen;
  if (admin?.name && admin?.password) {
    chosen = { name: admin.name, password: admin.password, generated: false };
  } else if (existingAdmins.length > 0) {
    chosen = { name: existingAdmins[0], password: null, generated: false };
  } else {
    chosen = { name: admin?.name || 'admin', password: generatePassword(), generated: true };
  }
  if (chosen.password !== null) await setConfig(app, 'admins', chosen.name, chosen.password);

  async function close() {
    await Promise.allSettled([...instances].map((db) => db.close()));
    app.couchLogger?._stream?.end();
  }
  return { app, admin: chosen, close };
}
