/**
 * A device's PouchDB of one service (the `idb` adapter, never `indexeddb`). Old revisions' bodies
 * are dropped as soon as a newer one is written: every leaf, so every version of a conflict, stays
 * readable for the Conflicts screen. A record's history is kept to 100 revisions (CouchDB's default
 * is 1000): an edit based on an older revision than that becomes a kept conflict, never a lost change.
 */
export const LOCAL_POUCH_OPTIONS = { adapter: 'idb', auto_compaction: true, revs_limit: 100 } as const;
