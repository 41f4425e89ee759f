import type { ContactLogReview, SuggestedScore } from './evidence-input';

/*
 * The anchors of the items with numbers (evidence-rules.md §3 table), as bands from the best
 * score down. A value scores the first band it meets.
 */

/** staffing-1: clients per FTE — ≤20 → 5, ≤25 → 4, ≤30 → 3, ≤40 → 2, else 1. */
export function caseloadScore(clientsPerFte: number): SuggestedScore {
  if (clientsPerFte <= 20) return 5;
  if (clientsPerFte <= 25) return 4;
  if (clientsPerFte <= 30) return 3;
  if (clientsPerFte <= 40) return 2;
  return 1;
}

/** services-4: mean days to the first employer contact — ≤30 → 5, ≤60 → 4, ≤150 → 3, ≤270 → 2, else 1. */
export function rapidJobSearchScore(meanDays: number): SuggestedScore {
  if (meanDays <= 30) return 5;
  if (meanDays <= 60) return 4;
  if (meanDays <= 150) return 3;
  if (meanDays <= 270) return 2;
  return 1;
}

/** services-6, one specialist's weekly rate — ≥6 → 5, ≥5 → 4, ≥4 → 3, ≥2 → 2, else 1. */
export function weeklyContactScore(rate: number): SuggestedScore {
  if (rate >= 6) return 5;
  if (rate >= 5) return 4;
  if (rate >= 4) return 3;
  if (rate >= 2) return 2;
  return 1;
}

/**
 * services-6: the anchors ask that the supervisor reviews the contact log — weekly for a 5, at
 * least monthly for a 3 or 4. 'monthly' caps a score at 4, 'none' at 2; 'weekly' or not recorded
 * leaves it as it is (not recorded: the screen says what a 5 and a 3–4 also need).
 */
export function capByLogReview(score: SuggestedScore, review: ContactLogReview | null | undefined): SuggestedScore {
  if (review === 'monthly') return Math.min(score, 4) as SuggestedScore;
  if (review === 'none') return Math.min(score, 2) as SuggestedScore;
  return score;
}

/** services-10 gives 1 whenever fewer than this many jobs are current, whatever their share. */
export const MIN_CURRENT_JOBS = 10;

/** services-8 and services-9: percentage of distinct types / employers — ≥85 → 5, ≥70 → 4, ≥60 → 3, ≥50 → 2, else 1. */
export function diversityScore(percent: number): SuggestedScore {
  if (percent >= 85) return 5;
  if (percent >= 70) return 4;
  if (percent >= 60) return 3;
  if (percent >= 50) return 2;
  return 1;
}

/**
 * services-10: percentage of competitive jobs among current jobs — fewer than 10 current jobs → 1;
 * otherwise ≥95 → 5, ≥85 → 4, ≥75 → 3, ≥64 → 2, else 1.
 */
export function competitiveJobsScore(percent: number, currentJobs: number): SuggestedScore {
  if (currentJobs < MIN_CURRENT_JOBS) return 1;
  if (percent >= 95) return 5;
  if (percent >= 85) return 4;
  if (percent >= 75) return 3;
  if (percent >= 64) return 2;
  return 1;
}

/** Rounds half up (2.5 → 3), as the services-6 suggestion asks; scores are always 1..5. */
export function roundHalfUp(value: number): SuggestedScore {
  return Math.min(5, Math.max(1, Math.floor(value + 0.5))) as SuggestedScore;
}
