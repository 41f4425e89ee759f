import type { Review } from '../records/review';
import { compareOrdinal } from '../collation';

/** The fields of a review that decide its place among the rounds of a service. */
export type ReviewRef = Pick<Review, 'id' | 'firstDay' | 'lastDay' | 'status' | 'createdAt'>;

/** Chronological order of review rounds: first visit day, then last day, then creation time. */
export function byVisitDate(a: ReviewRef, b: ReviewRef): number {
  return compareOrdinal(a.firstDay, b.firstDay) || compareOrdinal(a.lastDay, b.lastDay) || compareOrdinal(a.createdAt, b.createdAt);
}

/**
 * Issue 6, "Recommendations follow-up": the review whose recommendations a new review follows up
 * is the latest *final* review of the service that came before it. Null when there is none.
 */
export function previousFinalReview<T extends ReviewRef>(reviews: readonly T[], current: ReviewRef): T | null {
  const earlier = reviews.filter((r) => r.id !== current.id && r.status === 'final' && byVisitDate(r, current) < 0);
  return earlier.sort(byVisitDate).at(-1) ?? null;
}

export interface ReviewPair<T extends ReviewRef = ReviewRef> {
  /** The round compared against (its scores are "before"). */
  baseline: T;
  /** The round being compared (its scores are "after"); changes are compared − baseline. */
  compared: T;
}

/**
 * Issue 6, "Compare two reviews": by default the last two final reviews; when fewer than two are
 * final, the last two reviews of any status. Null when the service has fewer than two reviews.
 */
export function defaultPair<T extends ReviewRef>(reviews: readonly T[]): ReviewPair<T> | null {
  const sorted = [...reviews].sort(byVisitDate);
  const finals = sorted.filter((r) => r.status === 'final');
  const pool = finals.length >= 2 ? finals : sorted;
  const baseline = pool.at(-2);
  const compared = pool.at(-1);
  return baseline && compared ? { baseline, compared } : null;
}

export type PairProblem = 'unknown-review' | 'same-review' | 'too-few-reviews';

export interface PairResolution<T extends ReviewRef> {
  pair: ReviewPair<T> | null;
  /** Why the requested pair was not used as asked, or null when it was (or nothing was asked). */
  problem: PairProblem | null;
}

/**
 * Validates the two review ids asked for (e.g. from the address): both must be reviews of this
 * service and differ. A missing or unknown id falls back to the default pair, and the problem is
 * reported so the screen can say why; the same review twice gives no pair.
 */
export function resolvePair<T extends ReviewRef>(
  reviews: readonly T[],
  requested: { baseline: string | null; compared: string | null },
): PairResolution<T> {
  const fallback = defaultPair(reviews);
  if (!fallback) return { pair: null, problem: 'too-few-reviews' };
  if (requested.baseline === null && requested.compared === null) return { pair: fallback, problem: null };
  const find = (id: string | null) => (id === null ? undefined : reviews.find((r) => r.id === id));
  const baseline = find(requested.baseline);
  const compared = find(requested.compared);
  if ((requested.baseline !== null && !baseline) || (requested.compared !== null && !compared)) {
    return { pair: fallback, problem: 'unknown-review' };
  }
  const pair = { baseline: baseline ?? fallback.baseline, compared: compared ?? fallback.compared };
  if (pair.baseline.id === pair.compared.id) return { pair: null, problem: 'same-review' };
  return { pair, problem: null };
}
