/*
 * The part of PouchDB's API the bridge uses, typed here so that the bridge's logic can be tested
 * against any PouchDB (the memory adapter in Node, the idb adapter in the browser) and the app
 * needs no PouchDB type packages.
 */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  table?: string;
  schema?: number;
  record?: Record<string, unknown> & { id?: string; serviceId?: string; updatedAt?: string };
  owner?: string;
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  message?: string;
}

export interface Change {
  id: string;
  seq: number | string;
  doc?: SyncDoc;
  deleted?: boolean;
}

export interface ChangesFeed {
  on(event: 'change', listener: (change: Change) => void): ChangesFeed;
  on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
  cancel(): void;
}

export interface LocalPouch {
  name: string;
  get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<SyncDoc>;
  allDocs(options: {
    keys: string[];
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<{ rows: { key: string; value?: { rev: string; deleted?: boolean }; doc?: SyncDoc | null; error?: string }[] }>;
  bulkDocs(docs: SyncDoc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
  changes(options: {
    since: number | string;
    live?: boolean;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    return_docs?: boolean;
  }): ChangesFeed & Promise<{ results: Change[]; last_seq: number | string }>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
