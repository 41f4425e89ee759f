// A replication run's requests stop with it (src/db/sync/stoppable-fetch.ts): after a sign-out
// cancelled the replications, nothing more may reach the server.
import { describe, expect, it, vi } from 'vitest';
import { stoppableFetch } from '../../../src/db/sync/stoppable-fetch';

const ok = () => Promise.resolve(new Response('{}'));

describe('a replication run’s fetch', () => {
  it('sends requests while the run goes on, with a signal that the run can abort', async () => {
    const run = new AbortController();
    const send = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => ok());
    await stoppableFetch(run.signal, send)('http://127.0.0.1/couchdb/db/_changes', { method: 'GET' });
    expect(send).toHaveBeenCalledTimes(1);
    const signal = send.mock.calls[0]?.[1]?.signal;
    expect(signal?.aborted).toBe(false);
    run.abort();
    expect(signal?.aborted).toBe(true);
  });

  it('sends nothing once the run is stopped, and says so as an abort', async () => {
    const run = new AbortController();
    const send = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => ok());
    const request = stoppableFetch(run.signal, send);
    run.abort();
    await expect(request('http://127.0.0.1/couchdb/db/_changes?since=6&limit=2000')).rejects.toMatchObject({ name: 'AbortError' });
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps PouchDB’s own abort of a request working beside the run’s', async () => {
    const run = new AbortController();
    const own = new AbortController();
    const send = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => ok());
    await stoppableFetch(run.signal, send)('http://127.0.0.1/couchdb/db/_changes', { signal: own.signal });
    const signal = send.mock.calls[0]?.[1]?.signal;
    own.abort();
    expect(signal?.aborted).toBe(true);
    expect(run.signal.aborted).toBe(false);
  });
});
