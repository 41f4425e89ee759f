import { daysBetween, type IsoDate } from '../dates';
import { nextReviewDue } from '../fidelity/review-schedule';
import { fidelityBand, totalScore, type FidelityBand } from '../fidelity/scoring';
import type { Round } from './chart-series';
import { byVisitDate } from './rounds';
import { compareFinnish, compareOrdinal } from '../collation';

export interface ServiceRounds {
  serviceId: string;
  name: string;
  rounds: readonly Round[];
}

export interface OverviewRow {
  serviceId: string;
  name: string;
  /** The latest final review, or null when the service has none yet. */
  latest: { reviewId: string; firstDay: IsoDate; lastDay: IsoDate; total: number; band: FidelityBand } | null;
  /** Change from the final review before the latest; null when there is no earlier one. */
  delta: number | null;
  /** evidence-rules.md §1 `nextReviewDue`, counted from the last day of the latest final review. */
  nextDue: IsoDate | null;
  /** Days from `today` to nextDue: negative when overdue, 0 when due today. */
  daysUntilDue: number | null;
  isOverdue: boolean;
  hasReviewInProgress: boolean;
}

function rowOf({ serviceId, name, rounds }: ServiceRounds, today: IsoDate): OverviewRow {
  const finals = rounds.filter((r) => r.review.status === 'final').sort((a, b) => byVisitDate(a.review, b.review));
  const last = finals.at(-1);
  const before = finals.at(-2);
  const hasReviewInProgress = rounds.some((r) => r.review.status === 'in-progress');
  if (!last)
    return { serviceId, name, latest: null, delta: null, nextDue: null, daysUntilDue: null, isOverdue: false, hasReviewInProgress };
  const { total } = totalScore(last.ratings);
  // The review is over when the visit ends, so the six or twelve months run from its last day.
  const nextDue = nextReviewDue(last.review.lastDay, total);
  const daysUntilDue = daysBetween(today, nextDue);
  return {
    serviceId,
    name,
    latest: { reviewId: last.review.id, firstDay: last.review.firstDay, lastDay: last.review.lastDay, total, band: fidelityBand(total) },
    delta: before ? total - totalScore(before.ratings).total : null,
    nextDue,
    daysUntilDue,
    isOverdue: daysUntilDue < 0,
    hasReviewInProgress,
  };
}

function rank(row: OverviewRow): number {
  if (row.isOverdue) return 0;
  return row.nextDue === null ? 2 : 1;
}

/**
 * Issue 6, "Across services": each service's latest final total and band, the change since the
 * previous final round, and the next review due (evidence-rules.md §1: six months below 100,
 * twelve at 100 or more). Overdue services come first (most overdue first), then the rest by due
 * date, then services with no final review yet; ties by name. `today` is passed in.
 */
export function overviewRows(services: readonly ServiceRounds[], today: IsoDate): OverviewRow[] {
  return services
    .map((service) => rowOf(service, today))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.nextDue !== null && b.nextDue !== null ? compareOrdinal(a.nextDue, b.nextDue) : 0) ||
        compareFinnish(a.name, b.name),
    );
}
