// PouchDB as a device runs it, for node tests: in-memory replicas that replicate over HTTP.
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

// pouchdb-replication throws when added twice to pouchdb-core's one shared class.
PouchDB.plugin(memoryAdapter).plugin(httpAdapter);
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(replication);
const DevicePouch = PouchDB;

let count = 0;
/**
 * A fresh device replica; names are unique so tests never share the memory adapter's stores.
 * `options`: the device's own (src/db/sync/local-pouch.ts), kept but for the adapter.
 */
export function deviceReplica(label, options = {}) {
  count += 1;
  return new DevicePouch(`device-${label}-${process.pid}-${count}-${Date.now()}`, { ...options, adapter: 'memory' });
}

/** The server's database as a user reaches it over HTTP (basic auth, as a test client). */
export function remoteDb(url, user) {
  return new DevicePouch(url, { adapter: 'http', skip_setup: true, auth: { username: user.name, password: user.password } });
}
