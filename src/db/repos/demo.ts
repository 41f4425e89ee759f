import type { Locale } from '../../domain/fidelity/scale-definition';
import { RatingSchema, RecommendationSchema, ReviewSchema } from '../../domain/records/review';
import { ServiceSchema } from '../../domain/records/service';
import { strictConnection, type FidelioDb } from '../app-db';
import { isDatabaseEmpty } from '../health';
import { toIsoDate } from '../../domain/dates';
import { newId, toTimestamp } from '../ids';
import { demoReviewEvidence } from './demo-evidence';
import { addTrackedData, trackedTables } from './demo-tracked';
import { DEMO_KEY, parseDemoMeta, type DemoMeta } from './demo-meta';
import { clearHasDataMarker, HAS_DATA_META_KEY } from './meta';
import { validated } from '../validate';

export { hasDemo } from './demo-meta';

/**
 * Inserts the Kätevä demo — its reviews and the tracked caseload, jobs and employer contacts behind
 * the later review's evidence, moved to the present (`now`'s date) — and remembers its service ids.
 * One strict transaction guarantees the demo is either complete and on disk, or absent (a half demo
 * would show wrong totals).
 * Loading twice is a no-op, so the demo never appears twice. Returns the demo service ids.
 */
export async function loadDemo(db: FidelioDb, locale: Locale, now: Date): Promise<string[]> {
  // The demo's texts are loaded only when asked for, so they never weigh on the scoring screen.
  const [{ buildKatevaDemo }, { buildKatevaTrackedData }, { demoPresent, shiftDates }] = await Promise.all([
    import('../../domain/demo/kateva-demo'),
    import('../../domain/demo/kateva-tracked-data'),
    import('../../domain/demo/demo-present'),
  ]);
  // The demo lives in the present (issue 15): its history, written in 2021–22, moves forward by
  // whole weeks so that the later review was finished about a month ago and the data reaches today.
  const present = demoPresent(toIsoDate(now));
  const historic = buildKatevaDemo({ now: toTimestamp(now), newId, locale });
  const historicTracked = buildKatevaTrackedData({
    serviceId: historic.services[0]?.id ?? '',
    newId,
    locale,
    historyEnd: present.baseToday,
  });
  const demo = shiftDates(historic, present.offsetDays);
  // Loading the demo is the service's latest write.
  for (const service of demo.services) service.updatedAt = toTimestamp(now);
  const tracked = shiftDates(historicTracked, present.offsetDays);
  const strict = strictConnection(db);
  const tables = [
    strict.services,
    strict.reviews,
    strict.ratings,
    strict.recommendations,
    strict.meta,
    strict.reviewEvidence,
    ...trackedTables(strict),
  ];
  return strict.transaction('rw', tables, async () => {
    const existing = parseDemoMeta((await strict.meta.get(DEMO_KEY))?.value);
    if (existing) return existing.serviceIds;
    // Parsed like any other input: a broken demo must fail here, not corrupt the database.
    await strict.services.bulkAdd(demo.services.map((r) => validated(ServiceSchema, 'services', r)));
    await strict.reviews.bulkAdd(demo.reviews.map((r) => validated(ReviewSchema, 'reviews', r)));
    await strict.ratings.bulkAdd(demo.ratings.map((r) => validated(RatingSchema, 'ratings', r)));
    await strict.recommendations.bulkAdd(demo.recommendations.map((r) => validated(RecommendationSchema, 'recommendations', r)));
    await addTrackedData(strict, tracked);
    // After the reviews and tracked records passed their schemas, as the snapshots are computed from
    // them: on the demo's own calendar, as the data stood when each review was finalised, then moved.
    await strict.reviewEvidence.bulkAdd(
      shiftDates(
        demoReviewEvidence(historic.reviews, historicTracked, newId, demo.services[0]?.contactLogReview ?? null),
        present.offsetDays,
      ),
    );
    const serviceIds = demo.services.map((s) => s.id);
    await strict.meta.put({ key: DEMO_KEY, value: { serviceIds } satisfies DemoMeta });
    // The IndexedDB half of the has-data marker, committed with the demo itself (issue 14 #10).
    await strict.meta.put({ key: HAS_DATA_META_KEY, value: true });
    return serviceIds;
  });
}

/**
 * Hard-deletes every record of the demo services and the demo marker in one strict transaction.
 * Demo data is not user data, so no tombstones are left: after this the demo is simply gone.
 */
export async function removeDemo(db: FidelioDb): Promise<void> {
  const strict = strictConnection(db);
  await strict.transaction('rw', strict.tables, async () => {
    const meta = parseDemoMeta((await strict.meta.get(DEMO_KEY))?.value);
    if (meta) {
      const ids = meta.serviceIds;
      // Every per-service table has a serviceId index, so tables added later are covered too.
      // Per service: keys by an exact index match, then one bulk delete. With the demo's ~2,400
      // tracked records this is many times quicker than deleting through an anyOf cursor.
      for (const table of strict.tables) {
        if (!table.schema.idxByName.serviceId) continue;
        for (const id of ids) await table.bulkDelete(await table.where('serviceId').equals(id).primaryKeys());
      }
      await strict.services.bulkDelete(ids);
    }
    await strict.meta.delete(DEMO_KEY);
  });
  // Removing the demo from an otherwise empty device must not look like data loss at next start.
  if (await isDatabaseEmpty(db)) {
    await strict.meta.delete(HAS_DATA_META_KEY);
    clearHasDataMarker();
  }
}
