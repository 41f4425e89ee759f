import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import IdbAdapter from 'pouchdb-adapter-idb';
import Replication from 'pouchdb-replication';

// What the device's replicas need of PouchDB, added once wherever a replica is opened.
PouchDB.plugin(IdbAdapter).plugin(HttpAdapter);
// A plugin's methods cannot be defined twice, and PouchDB is one class per process: the team-server
// tests' own replicas in the same process may have added replication before this module loads.
if (!Object.getOwnPropertyDescriptor(PouchDB.prototype, 'replicate')) PouchDB.plugin(Replication);

/**
 * A device's PouchDB of one service (the `idb` adapter, never `indexeddb`). Old revisions' bodies
 * are dropped as soon as a newer one is written: every leaf, so every version of a conflict, stays
 * readable for the Conflicts screen. A record's history is kept to 100 revisions (CouchDB's default
 * is 1000): an edit based on an older revision than that becomes a kept conflict, never a lost change.
 */
export const LOCAL_POUCH_OPTIONS = { adapter: 'idb', auto_compaction: true, revs_limit: 100 } as const;
