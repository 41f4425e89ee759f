// @vitest-environment node
// A change the team server refuses is kept and shown on the device that made it, and the person
// either sends it again or takes the team's version: nothing is dropped unseen (issue 17).
// Devices are Dexie databases with in-memory PouchDBs against the in-process team server.
import PouchDB from 'pouchdb-core';
import { describe, expect, it } from 'vitest';
import { applyPending } from '../../src/db/sync/apply';
import { deniedCount, deniedKey, deniedReason, sendAgain, takeTeamVersion, type DeniedChange } from '../../src/db/sync/server-refusals';
import { ITEM_IDS } from '../../src/domain/fidelity/items';
import { teamDevices, type Device } from './team-devices';
import { COACH, KATEVA, REVIEWER_1, REVIEWER_2, syncDoc } from './team-fixture';

const { device, syncRound, serverAs } = teamDevices();

const denied = async (d: Device) => ((await d.db.syncState.get(deniedKey(KATEVA)))?.value ?? []) as DeniedChange[];

describe('a change the team server refuses', () => {
  it('is listed with the reason, counted, and taking the team version removes a record the server never had', async () => {
    const anna = await device(COACH);
    // A rating out of the scale's range, as an older or broken app could write it.
    const bad = syncDoc('ratings', 'r-bad', { reviewId: 'rv-1', itemId: 'item-1', score: 6 }).record as Record<string, unknown>;
    await anna.db.table('ratings').put(bad);
    await syncRound(anna);

    const list = await denied(anna);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: 'ratings:r-bad', table: 'ratings', id: 'r-bad', reason: 'score' });
    expect(list[0]!.serverText).toMatch(/1 to 5/);
    expect(await deniedCount(anna.db, [KATEVA])).toBe(1);
    // Still on the device until the person chooses.
    expect(await anna.db.table('ratings').get('r-bad')).toMatchObject({ score: 6 });
    await expect(anna.team.get('ratings:r-bad')).rejects.toMatchObject({ status: 404 });

    await takeTeamVersion(anna.db, KATEVA, anna.local, anna.team, 'ratings:r-bad');
    await syncRound(anna);
    expect(await anna.db.table('ratings').get('r-bad')).toBeUndefined();
    expect(await denied(anna)).toEqual([]);
    expect(await deniedCount(anna.db, [KATEVA])).toBe(0);
    await expect(anna.team.get('ratings:r-bad')).rejects.toMatchObject({ status: 404 });
  });

  it("of another reviewer's rating: sent again it is refused again; the team's version replaces it and is not listed again", async () => {
    const ville = serverAs(REVIEWER_1);
    const review = syncDoc('reviews', 'rv-1', {
      scaleId: 'scale',
      scaleVersion: 1,
      firstDay: '2026-11-30',
      lastDay: '2026-12-01',
      type: 'external',
      reviewers: ['Ville', 'Sari'],
      status: 'in-progress',
      finalisedAt: null,
    });
    const rating = syncDoc(
      'reviewerRatings',
      'rr-v',
      { reviewId: 'rv-1', reviewerId: 'reviewer-1', reviewerName: 'Ville', itemId: ITEM_IDS[0], score: 4, notes: '' },
      { owner: 'ville' },
    );
    await ville.bulkDocs([review, rating]);
    const sari = await device(REVIEWER_2, { withService: true });
    await PouchDB.replicate(sari.team, sari.local);
    await applyPending(sari.db, KATEVA, sari.local);
    expect(await sari.db.table('reviewerRatings').get('rr-v')).toMatchObject({ score: 4 });

    await sari.db.table('reviewerRatings').update('rr-v', { score: 1, updatedAt: '2026-12-06T07:00:00.000Z' });
    await syncRound(sari);
    expect((await denied(sari)).map((d) => [d.key, d.reason])).toEqual([['reviewerRatings:rr-v', 'not-own']]);
    expect(((await ville.get('reviewerRatings:rr-v')).record as { score: number }).score).toBe(4);

    await sendAgain(sari.db, KATEVA, sari.local, 'reviewerRatings:rr-v');
    expect(await denied(sari)).toEqual([]);
    await syncRound(sari);
    expect(await denied(sari)).toHaveLength(1);

    await takeTeamVersion(sari.db, KATEVA, sari.local, sari.team, 'reviewerRatings:rr-v');
    await syncRound(sari);
    expect(await sari.db.table('reviewerRatings').get('rr-v')).toMatchObject({ score: 4 });
    expect(await denied(sari)).toEqual([]);
    expect(((await ville.get('reviewerRatings:rr-v')).record as { score: number }).score).toBe(4);
  });
});

describe("the server's reasons", () => {
  it('are told apart in the words the app shows', () => {
    expect(deniedReason('You are not a member of this service.')).toBe('not-member');
    expect(deniedReason('', 401)).toBe('not-member');
    expect(deniedReason('These reviewerRatings belong to ville.')).toBe('not-own');
    expect(deniedReason('A reviewer writes only their own reviewerRatings.')).toBe('not-own');
    expect(deniedReason('The record belongs to another service.')).toBe('other-service');
    expect(deniedReason('A score is empty or a whole number from 1 to 5.')).toBe('score');
    expect(deniedReason('The record needs createdAt and updatedAt.')).toBe('malformed');
    expect(deniedReason('Unknown table: x.')).toBe('malformed');
    expect(deniedReason('Disk full')).toBe('other');
  });
});
