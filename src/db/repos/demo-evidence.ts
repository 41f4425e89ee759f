import type { TrackedRecords } from '../../domain/demo/kateva-tracked-data';
import { assessEvidence, defaultEvidencePeriod } from '../../domain/evidence/evidence-assessment';
import { EVIDENCE_RULES_VERSION, type ContactLogReview } from '../../domain/evidence/evidence-input';
import type { Review } from '../../domain/records/review';
import { ReviewEvidenceSchema, type ReviewEvidence } from '../../domain/records/review-evidence';
import { caseloadRows } from '../caseload-queries';
import { toEvidenceInput } from '../evidence-queries';
import { validated } from '../validate';

/**
 * The evidence snapshots the demo's final reviews would have stored when they were finalised
 * (issue 5), computed from the demo's tracked data for each review's default period, so comparing
 * the demo rounds shows what the data said at each review. Contacts logged from the later review's
 * first visit day on (the demo goes on up to the present) are left out, so these are the figures as
 * they stood then — computed with the current rules version (the demo is made today), which the
 * snapshot records.
 */
export function demoReviewEvidence(
  reviews: readonly Review[],
  tracked: TrackedRecords,
  newId: () => string,
  contactLogReview: ContactLogReview | null = null,
): ReviewEvidence[] {
  const lastVisit = reviews.map((review) => review.firstDay).reduce((a, b) => (b > a ? b : a), '');
  const records = {
    contactLogReview,
    staff: tracked.staff,
    rows: caseloadRows(tracked.clients, tracked.phaseChanges, tracked.assignments),
    jobs: tracked.jobs,
    // Contacts logged after the history behind the reviews (up to the demo's present) were not there yet.
    contacts: tracked.employerContacts.filter((contact) => contact.date < lastVisit),
  };
  return reviews.flatMap((review) => {
    if (review.finalisedAt === null) return [];
    const period = defaultEvidencePeriod(review.firstDay);
    const items = assessEvidence(toEvidenceInput(records), period);
    const at = review.finalisedAt;
    const record = {
      id: newId(),
      serviceId: review.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      reviewId: review.id,
      period: null,
      snapshot: { computedAt: at, rulesVersion: EVIDENCE_RULES_VERSION, contactLogReview, period, items },
    };
    return [validated(ReviewEvidenceSchema, 'reviewEvidence', record)];
  });
}
