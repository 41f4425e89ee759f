// The CouchDB-protocol part of the team server: express-pouchdb over PouchDB, with data in memory
// or in a folder (LevelDB), a server admin always set (express-pouchdb with no admin treats every
// request as an admin: "admin party"), and the guard spliced in right after its authentication.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { devNull } from 'node:os';
import { join, resolve } from 'node:path';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';
import { guardMiddleware } from './guard.mjs';

// pouchdb-core applies every plugin to its one shared class, whatever class .plugin() is called on.
// Adapters and map/reduce can be registered again harmlessly; pouchdb-replication throws the
// second time, and device code in the same process (tests) may have registered it already.
// express-pouchdb's security wrappers need db.replicate, so it must be there.
PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(mapReduce);
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(replication);

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

// pouchdb-validation 4.2.0 overwrites each incoming document's _revisions with the stored
// document's before validating. For replication (new_edits: false) that history is what places
// the new revision in the tree, so every replicated edit into a database with a validation
// function was silently dropped. Pinning _revisions keeps the sender's history; the validation
// function still gets the stored document as oldDoc.
function pinRevisions(doc) {
  if (!doc || typeof doc !== 'object' || !doc._revisions) return;
  const revisions = doc._revisions;
  Object.defineProperty(doc, '_revisions', { get: () => revisions, set: () => {}, enumerable: true, configurable: true });
}

function keepReplicatedHistory(_name, db, next) {
  const bulkDocs = db.bulkDocs;
  db.bulkDocs = function bulkDocsKeepingHistory(request, ...rest) {
    const docs = Array.isArray(request) ? request : request?.docs;
    if (Array.isArray(docs)) docs.forEach(pinRevisions);
    return bulkDocs.call(this, request, ...rest);
  };
  return next();
}

const SHARED_EVENTS = ['created', 'destroyed'];

function setConfig(app, section, key, value) {
  return new Promise((done) => app.couchConfig.set(section, key, value, done));
}

/**
 * Creates the /couchdb application. Returns { app, admin, started, close }; admin.generated is true when
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
    // Loaded only for a folder: LevelDB is native code (prebuilt in the package), memory is not.
    const { default: leveldbAdapter } = await import('pouchdb-adapter-leveldb');
    PouchDB.plugin(leveldbAdapter);
    const folder = resolve(dataDir);
    mkdirSync(folder, { recursive: true });
    Pouch = PouchDB.defaults({ adapter: trackingAdapter('leveldb', instances), prefix: folder + '/' });
    options = { configPath: join(folder, 'config.json'), logPath: join(folder, 'log.txt') };
  }
  // Left out: server-side replication (_replicate and _replicator could make the server fetch any
  // URL it can reach; teams replicate from their devices) and Fauxton (not installed here).
  const overrideMode = { exclude: ['replicator', 'routes/replicate', 'routes/fauxton'] };
  // express-pouchdb's helpers listen to pouchdb-core's shared class; they are removed on close,
  // or a stopped server would keep reacting to another server's databases.
  const listenersBefore = new Map(SHARED_EVENTS.map((event) => [event, new Set(PouchDB.listeners(event))]));
  const app = expressPouchDB(Pouch, { mode: 'fullCouchDB', overrideMode, ...options });
  insertGuard(app);
  // Registered last, so it wraps the validation that express-pouchdb installs on each database.
  app.dbWrapper.registerWrapper(keepReplicatedHistory);

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
  // Session cookies are signed with this secret. express-pouchdb makes a new one at every start,
  // which would sign every device out when the server restarts; CouchDB keeps it in its config.
  if (!memory && !app.couchConfig._config?.couch_httpd_auth?.secret) {
    await setConfig(app, 'couch_httpd_auth', 'secret', randomBytes(32).toString('hex'));
  }

  let added = [];
  /** Call once the server has answered its first request: its listeners are all in place then. */
  function started() {
    added = SHARED_EVENTS.flatMap((event) =>
      PouchDB.listeners(event)
        .filter((listener) => !listenersBefore.get(event).has(listener))
        .map((listener) => [event, listener]),
    );
  }
  async function close() {
    // pouchdb-all-dbs records new databases from a queue; let it finish before its file closes.
    await Promise.resolve(Pouch.allDbs?.()).catch(() => undefined);
    for (const [event, listener] of added) PouchDB.removeListener(event, listener);
    await Promise.allSettled([...instances].map((db) => db.close()));
    app.couchLogger?._stream?.end();
  }
  return { app, admin: chosen, started, close };
}
