import { useCurrentLiveQuery } from './use-current-live-query';
import { db, type FidelioDb } from '../app-db';
import { getUnseenRepair } from '../repair-notice';

export interface RepairedReviewSummary {
  reviewId: string;
  serviceName: string;
  firstDay: string;
  removed: number;
}

/** The reviews the schema-7 repair changed, with what the user knows them by; [] once acknowledged. */
export async function listUnseenRepairs(database: FidelioDb): Promise<RepairedReviewSummary[]> {
  const notice = await getUnseenRepair(database);
  if (!notice) return [];
  return Promise.all(
    notice.reviews.map(async ({ reviewId, serviceId, removed }) => {
      const [review, service] = await Promise.all([database.reviews.get(reviewId), database.services.get(serviceId)]);
      const count = Object.values(removed).reduce((sum, n) => sum + n, 0);
      return { reviewId, serviceName: service?.name ?? serviceId, firstDay: review?.firstDay ?? '', removed: count };
    }),
  );
}

/** undefined while loading. */
export function useUnseenRepairs(): RepairedReviewSummary[] | undefined {
  return useCurrentLiveQuery(() => listUnseenRepairs(db), []);
}
