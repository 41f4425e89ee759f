// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchAhead } from '../../src/db/sync/fetch-ahead';

type Docs = { id: string; rev: string }[];
/** A server database that records the _bulk_get requests it answers. */
function fakeServer(batches: { id: string; rev: string }[][]) {
  const asked: Docs[] = [];
  let at = 0;
  const server = {
    changes: (options: { live?: boolean }) => {
      void options;
      const batch = batches[at++] ?? [];
      return Promise.resolve({ results: batch.map(({ id, rev }) => ({ id, changes: [{ rev }] })) });
    },
    bulkGet: (request: { docs: Docs; revs?: boolean; latest?: boolean }) => {
      asked.push(request.docs);
      return Promise.resolve({ results: request.docs.map(({ id, rev }) => ({ id, docs: [{ ok: { _id: id, _rev: rev } }] })) });
    },
  };
  return { server, asked };
}
const batch = (n: number) => [1, 2].map((i) => ({ id: `clients:${n}-${i}`, rev: `1-${n}${i}` }));
const request = (docs: Docs) => ({ docs, revs: true, latest: true });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a first sync’s next batch fetched ahead', () => {
  it('asks the server once per batch, the next batch as soon as its changes are known, and answers with the same documents', async () => {
    const { server, asked } = fakeServer([batch(1), batch(2), batch(3)]);
    const remote = fetchAhead(server, () => true);
    await remote.changes({});
    await remote.changes({});
    await flush();
    expect(asked).toEqual([batch(1)]); // fetched before the replication asks for it
    const first = await remote.bulkGet(request(batch(1)));
    expect(first).toEqual({ results: batch(1).map(({ id, rev }) => ({ id, docs: [{ ok: { _id: id, _rev: rev } }] })) });
    expect(asked).toEqual([batch(1), batch(2)]); // the next one is on its way while batch 1 is written
    await remote.changes({});
    await remote.bulkGet(request(batch(2)));
    await remote.bulkGet(request(batch(3)));
    expect(asked).toEqual([batch(1), batch(2), batch(3)]);
  });

  it('stops fetching ahead once a request is not the one foreseen (the device had some of the documents)', async () => {
    const { server, asked } = fakeServer([batch(1), batch(2), batch(3)]);
    const remote = fetchAhead(server, () => true);
    await remote.changes({});
    await flush();
    const partly = batch(1).slice(1);
    await remote.bulkGet(request(partly));
    await remote.changes({});
    await remote.changes({});
    await remote.bulkGet(request(batch(2)));
    await remote.bulkGet(request(batch(3)));
    expect(asked).toEqual([batch(1), partly, batch(2), batch(3)]);
  });

  it('fetches nothing ahead when not a first sync', async () => {
    const { server, asked } = fakeServer([batch(1)]);
    const remote = fetchAhead(server, () => false);
    await remote.changes({});
    await flush();
    expect(asked).toEqual([]);
    await remote.bulkGet(request(batch(1)));
    expect(asked).toEqual([batch(1)]);
  });
});
