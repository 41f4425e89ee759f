import { afterEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { RestoreRefusedError } from '../../src/db/errors';
import { getReview, listRatings, listServiceSummaries, ratingsByItem } from '../../src/db/queries';
import { applyRestore, checkRestore, exportBackup } from '../../src/db/repos/backup';
import { loadDemo } from '../../src/db/repos/demo';
import { setRatingScore } from '../../src/db/repos/ratings';
import { finaliseReview, reopenReview } from '../../src/db/repos/reviews';
import { totalScore } from '../../src/domain/fidelity/scoring';
import type { Backup } from '../../src/domain/transfer/backup-format';
import { BACKUP_TABLE_NAMES } from '../../src/domain/transfer/backup-tables';
import { readBackupBytes } from '../../src/domain/transfer/restore-backup';
import { dropDb, freshDb, LATER, NOW, serviceWithReview } from './helpers';

const dbs: FidelioDb[] = [];
function open(): FidelioDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

type Row = Record<string, unknown>;
/** As the screen reads a file: serialised, then checked (timestamps normalised). */
function throughFile(backup: Backup): Backup {
  const result = readBackupBytes(new TextEncoder().encode(JSON.stringify(backup)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.backup;
}
const snapshot = async (db: FidelioDb) =>
  Object.fromEntries(await Promise.all(BACKUP_TABLE_NAMES.map(async (n) => [n, await db.table(n).toArray()])));
const totalOf = async (db: FidelioDb, reviewId: string) => totalScore(ratingsByItem(await listRatings(db, reviewId)));
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

/**
 * Tablet A creates a review; tablet B got it through a review file, which gave B's 25 consensus
 * ratings new random ids (the old import did). A rates all 25 at 4 and finalises (100 points).
 */
async function twoTablets() {
  const a = open();
  const { reviewId } = await serviceWithReview(a);
  const fromA = await exportBackup(a, NOW);
  const tabletB: Backup = {
    ...fromA,
    data: {
      ...fromA.data,
      ratings: (fromA.data.ratings ?? []).map((r) => ({ ...r, id: crypto.randomUUID(), updatedAt: at(NOW, 5).toISOString() })),
    },
  };
  for (const rating of await listRatings(a, reviewId)) await setRatingScore(a, rating.id, 4, LATER);
  await finaliseReview(a, reviewId, LATER);
  return { a, reviewId, tabletB };
}

describe('merging a second tablet’s backup (issue 14 #1)', () => {
  it('issue 14 #1: merging a second tablet’s backup never changes a final review: ratings match by review and item, 25 stay 25', async () => {
    const { a, reviewId, tabletB } = await twoTablets();
    const check = await checkRestore(a, throughFile(tabletB), 'merge');
    expect(check.problemCount).toBe(0);
    expect(check.counts.ratings).toMatchObject({ inFile: 25, added: 0, updated: 0, kept: 25 });

    await applyRestore(a, throughFile(tabletB), 'merge');
    expect(await listRatings(a, reviewId)).toHaveLength(25);
    expect(await totalOf(a, reviewId)).toEqual({ total: 100, rated: 25, isComplete: true });
    expect((await getReview(a, reviewId))?.status).toBe('final');
    expect((await listServiceSummaries(a))[0]?.latestReview).toMatchObject({ status: 'final', total: 100 });
  });

  it('issue 14 #1: a newer change to a final review is shown as a conflict in the preview and refused, writing nothing, until the review is reopened here', async () => {
    const { a, reviewId, tabletB } = await twoTablets();
    // On tablet B, after A finalised, someone scored item 1 as 3.
    const changed = structuredClone(tabletB);
    const first = changed.data.ratings![0]!;
    Object.assign(first, { score: 3, updatedAt: at(LATER, 60).toISOString() });

    const check = await checkRestore(a, throughFile(changed), 'merge');
    expect(check.problems).toEqual([expect.objectContaining({ code: 'final-review-changed', id: reviewId, before: 100, after: 99 })]);
    expect(check.reviews).toEqual([expect.objectContaining({ reviewId, changesFinal: true, before: 100, after: 99 })]);
    const before = await snapshot(a);
    await expect(applyRestore(a, throughFile(changed), 'merge')).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await snapshot(a)).toEqual(before);

    await reopenReview(a, reviewId, at(LATER, 30));
    expect((await checkRestore(a, throughFile(changed), 'merge')).problemCount).toBe(0);
    await applyRestore(a, throughFile(changed), 'merge');
    expect(await listRatings(a, reviewId)).toHaveLength(25);
    expect(await totalOf(a, reviewId)).toMatchObject({ total: 99, rated: 25 });
  });

  it('issue 14 #1: a crafted backup with duplicate ratings no longer turns the demo’s 91 into 121', async () => {
    const db = open();
    await loadDemo(db, 'fi', NOW);
    const summaryOf = async () => (await listServiceSummaries(db))[0]!.latestReview!;
    const { reviewId, total } = await summaryOf();
    expect(total).toBe(91);
    const backup = await exportBackup(db, NOW);
    const ratings = (backup.data.ratings ?? []) as Row[];
    // Extra copies (new ids, sorted last) scoring 5 where the review has less, until 30 points more.
    let extra = 0;
    const copies: Row[] = [];
    for (const rating of ratings.filter((r) => r.reviewId === reviewId)) {
      const gain = Math.min(5 - Number(rating.score), 30 - extra);
      if (gain <= 0) continue;
      extra += gain;
      copies.push({ ...rating, id: `zz-${String(rating.id)}`, score: Number(rating.score) + gain });
    }
    const crafted: Backup = { ...backup, data: { ...backup.data, ratings: [...ratings, ...copies] } };

    for (const mode of ['merge', 'replace'] as const) {
      const check = await checkRestore(db, throughFile(crafted), mode);
      expect(check.problems.map((p) => p.code)).toContain('duplicate-natural-key');
      await expect(applyRestore(db, throughFile(crafted), mode)).rejects.toBeInstanceOf(RestoreRefusedError);
    }
    const merge = await checkRestore(db, throughFile(crafted), 'merge');
    expect(merge.problems).toContainEqual(
      expect.objectContaining({ code: 'final-review-changed', serviceName: 'Työvalmennuspalvelu Kätevä', before: 91, after: 121 }),
    );
    expect(await summaryOf()).toMatchObject({ reviewId, total: 91, isComplete: true });

    // Even if such copies got stored (before this fix), totals count one rating per item, the same one everywhere.
    await db.ratings.bulkAdd(copies.map((c) => ({ ...c, updatedAt: '2020-01-01T00:00:00.000Z' })) as never[]);
    expect(await summaryOf()).toMatchObject({ total: 91 });
  });
});

describe('records valid alone but not together (issue 14 #9)', () => {
  it('issue 14 #9: a +14:00 updatedAt does not win a newer-wins merge by text comparison', async () => {
    const db = open();
    const { reviewId } = await serviceWithReview(db);
    const backup = await exportBackup(db, NOW);
    const rating = (await listRatings(db, reviewId))[0]!;
    await setRatingScore(db, rating.id, 4, LATER); // 2025-03-11T09:00Z
    // 12:00 at +14:00 is 22:00 UTC the day before: older than the device's edit, though text-greater.
    const file = structuredClone(backup);
    Object.assign(
      file.data.ratings!.find((r) => r.id === rating.id)!,
      { score: 1, updatedAt: '2025-03-11T12:00:00+14:00' },
    );
    await applyRestore(db, throughFile(file), 'merge');
    expect((await db.ratings.get(rating.id))?.score).toBe(4);
  });

  it('issue 14 #9: refuses dangling references, a final review with 3 ratings and reversed days, and another service’s client id', async () => {
    const db = open();
    const { serviceId, reviewId } = await serviceWithReview(db);
    const other = open();
    const { serviceId: otherService } = await serviceWithReview(other);
    const backup = await exportBackup(db, NOW);
    const sync = { serviceId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), deletedAt: null };
    const client = { ...sync, code: 'KÄT-1', referralDate: '2025-01-01', referralSource: 'default:other', startDate: null, notes: '' };
    const crafted: Backup = {
      ...backup,
      data: {
        ...backup.data,
        reviews: backup.data.reviews!.map((r) => ({
          ...r,
          status: 'final',
          finalisedAt: NOW.toISOString(),
          firstDay: '2025-03-12',
          lastDay: '2025-03-11',
        })),
        ratings: backup.data.ratings!.slice(0, 3).map((r) => ({ ...r, score: 4 })),
        clients: [{ id: 'k1', ...client, serviceId: 'no-such-service' }],
        phaseChanges: [{ id: 'p1', ...sync, clientId: 'no-such-client', date: '2025-01-02', kind: 'move', phase: 1, closureReason: null }],
      },
    };
    const check = await checkRestore(db, throughFile(crafted), 'replace');
    expect(check.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'days-reversed', id: reviewId }),
        expect.objectContaining({ code: 'final-incomplete', id: reviewId, rated: 3 }),
        expect.objectContaining({ code: 'dangling-reference', table: 'clients', id: 'k1', field: 'serviceId' }),
        expect.objectContaining({ code: 'dangling-reference', table: 'phaseChanges', id: 'p1', field: 'clientId' }),
      ]),
    );
    await expect(applyRestore(db, throughFile(crafted), 'replace')).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await listRatings(db, reviewId)).toHaveLength(25);

    // A record of this device's service reusing the id of the other service's client moves nothing.
    const otherBackup = await exportBackup(other, NOW);
    await applyRestore(db, throughFile(otherBackup), 'merge');
    const stolen: Backup = { ...backup, data: { ...backup.data, clients: [{ id: 'k9', ...client }] } };
    await applyRestore(db, throughFile(stolen), 'merge');
    const moved = { ...backup, data: { clients: [{ id: 'k9', ...client, serviceId: otherService, updatedAt: LATER.toISOString() }] } };
    const movedCheck = await checkRestore(db, throughFile(moved), 'merge');
    expect(movedCheck.problems.map((p) => p.code)).toEqual(['moves-service']);
    await expect(applyRestore(db, throughFile(moved), 'merge')).rejects.toBeInstanceOf(RestoreRefusedError);
    expect((await db.clients.get('k9'))?.serviceId).toBe(serviceId);
  });
});
