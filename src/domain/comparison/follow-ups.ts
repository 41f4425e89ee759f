import { FOLLOW_UP_STATUSES, type FollowUpStatus, type RecommendationFollowUp } from '../records/follow-up';
import type { Recommendation } from '../records/review';

export interface FollowUpRow {
  recommendation: Recommendation;
  /** The follow-up recorded in the later review, or null when none is recorded yet. */
  followUp: RecommendationFollowUp | null;
}

/**
 * Issue 6, "The comparison shows this follow-up": each recommendation of the earlier review (in the
 * order given) with the follow-up recorded for it. Tombstoned follow-ups do not count; if two
 * devices ever recorded one each, the most recently updated wins.
 */
export function followUpRows(recommendations: readonly Recommendation[], followUps: readonly RecommendationFollowUp[]): FollowUpRow[] {
  const latest = new Map<string, RecommendationFollowUp>();
  for (const f of followUps) {
    if (f.deletedAt !== null) continue;
    const seen = latest.get(f.recommendationId);
    if (!seen || f.updatedAt > seen.updatedAt) latest.set(f.recommendationId, f);
  }
  return recommendations.map((recommendation) => ({ recommendation, followUp: latest.get(recommendation.id) ?? null }));
}

export type FollowUpCount = Record<FollowUpStatus | 'not-recorded', number>;

/** How many recommendations were done, partly done, not done, no longer relevant or not followed up. */
export function countFollowUps(rows: readonly FollowUpRow[]): FollowUpCount {
  const counts = Object.fromEntries([...FOLLOW_UP_STATUSES, 'not-recorded'].map((s) => [s, 0])) as FollowUpCount;
  for (const row of rows) counts[row.followUp?.status ?? 'not-recorded'] += 1;
  return counts;
}
