import { useCurrentLiveQuery } from './use-current-live-query';
import type { ServiceRounds } from '../../domain/comparison/overview';
import { db } from '../app-db';
import { getPairFollowUps, listOverviewInput, listServiceRounds, type ReviewRound } from '../comparison-queries';

/** undefined while loading; newest visit first. */
export function useServiceRounds(serviceId: string): ReviewRound[] | undefined {
  return useCurrentLiveQuery(() => listServiceRounds(db, serviceId), [serviceId]);
}

/** The baseline's recommendations and the compared review's follow-ups; undefined while loading. */
export function usePairFollowUps(baselineId: string, comparedId: string) {
  return useCurrentLiveQuery(() => getPairFollowUps(db, baselineId, comparedId), [baselineId, comparedId]);
}

export function useOverviewInput(): ServiceRounds[] | undefined {
  return useCurrentLiveQuery(() => listOverviewInput(db), []);
}
