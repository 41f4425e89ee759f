import { useCurrentLiveQuery } from './use-current-live-query';
import { db } from '../app-db';
import { getReportInput, type ReportInput } from '../report-queries';

/** undefined while loading, null when the review (or its service or scale) is missing or deleted. */
export function useReportInput(reviewId: string): ReportInput | null | undefined {
  return useCurrentLiveQuery(() => getReportInput(db, reviewId), [reviewId]);
}
