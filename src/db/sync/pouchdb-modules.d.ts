/*
 * PouchDB 9 ships no types, and the bridge uses little of it: these declarations cover that part
 * (./pouch-types.ts is the database itself).
 */
declare module 'pouchdb-core' {
  import type { LocalPouch } from './pouch-types';

  export interface ReplicationEvents {
    on(
      event: 'change',
      listener: (info: {
        direction?: 'push' | 'pull';
        change?: { docs_written?: number; last_seq?: number | string };
        /** A one-way replication's change: the documents of the batch just written. */
        docs?: object[];
      }) => void,
    ): ReplicationEvents;
    on(event: 'paused', listener: (error?: unknown) => void): ReplicationEvents;
    on(event: 'active', listener: () => void): ReplicationEvents;
    on(event: 'denied', listener: (error: unknown) => void): ReplicationEvents;
    on(event: 'error', listener: (error: unknown) => void): ReplicationEvents;
    /** A request of a retrying replication failed; it tries again after the back-off. */
    on(event: 'requestError', listener: (error: unknown) => void): ReplicationEvents;
    on(event: 'complete', listener: (info: unknown) => void): ReplicationEvents;
    cancel(): void;
  }

  /** Both directions of PouchDB.sync; its own 'paused' event drops the error, theirs carry it. */
  export interface SyncEvents extends ReplicationEvents {
    push: ReplicationEvents;
    pull: ReplicationEvents;
  }

  export type PouchDatabase = LocalPouch;

  export interface PouchOptions {
    adapter?: string;
    skip_setup?: boolean;
    /** Drops non-leaf revisions' bodies on every write (local databases). */
    auto_compaction?: boolean;
    /** How many ancestors of each revision are kept in the revision tree. */
    revs_limit?: number;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }

  export interface ReplicationOptions {
    live?: boolean;
    retry?: boolean;
    back_off_function?: (delay: number) => number;
    batch_size?: number;
    /** Where the source's changes are read from; PouchDB writes it as the checkpoint first. */
    since?: number | string;
    /** Only these documents (tests). */
    doc_ids?: string[];
  }

  interface PouchStatic {
    new (name: string, options?: PouchOptions): PouchDatabase;
    plugin(plugin: unknown): PouchStatic;
    sync(source: PouchDatabase, target: PouchDatabase | string, options?: ReplicationOptions): SyncEvents & Promise<unknown>;
    replicate(
      source: PouchDatabase | string,
      target: PouchDatabase | string,
      options?: ReplicationOptions,
    ): ReplicationEvents & Promise<{ docs_written: number }>;
  }

  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
