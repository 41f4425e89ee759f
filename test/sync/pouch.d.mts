// The part of PouchDB the sync tests use.
export interface TestDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}
export interface ReplicationResult {
  ok: boolean;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}
export interface LiveReplication {
  on(event: 'change' | 'paused' | 'active' | 'error' | 'denied' | 'complete', listener: (info: unknown) => void): LiveReplication;
  cancel(): void;
}
export interface TestPouch {
  name: string;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<TestDoc>;
  put(doc: TestDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: TestDoc[]): Promise<{ ok?: boolean; id: string; rev?: string; error?: string }[]>;
  remove(doc: TestDoc): Promise<{ ok: boolean; rev: string }>;
  allDocs(options?: {
    include_docs?: boolean;
  }): Promise<{ total_rows: number; rows: { id: string; value: { rev: string }; doc?: TestDoc }[] }>;
  info(): Promise<{ doc_count: number }>;
  replicate: {
    to(target: TestPouch): Promise<ReplicationResult>;
    from(source: TestPouch): Promise<ReplicationResult>;
    from(source: TestPouch, options: { live: true; retry?: boolean }): LiveReplication;
  };
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
export function deviceReplica(label: string, options?: { auto_compaction?: boolean; revs_limit?: number }): TestPouch;
export function remoteDb(url: string, user: { name: string; password: string }): TestPouch;
