import type { ItemId } from '../fidelity/items';
import type { Review } from '../records/review';
import { reviewerIdAt, reviewerIndex, type ReviewerId, type ReviewerRating, type ReviewerStatus } from '../records/reviewer-rating';
import type { Service } from '../records/service';
import type { ReviewFile, ReviewFilePart } from './review-file';

/*
 * Issue 14 #6: what a review file may do to the records a device already has. A file is checked
 * on its own in review-file.ts (its parts tell one story); here it is checked against the device:
 * a record id in the file that the device already uses must be the SAME record (same service,
 * review, reviewer and item), or a file could overwrite another review's ratings by reusing ids.
 */

/** A file record whose id the device uses for a record of another service, review, reviewer or item. */
export interface ForeignRecord {
  part: Extract<ReviewFilePart, 'reviewer' | 'ratings'>;
  index: number | null;
  field: 'serviceId' | 'reviewId' | 'reviewerId' | 'itemId';
}

type Owned = Pick<ReviewerRating, 'serviceId' | 'reviewId' | 'reviewerId'> & { itemId?: ItemId };

function ownerField(device: Owned, incoming: Owned): ForeignRecord['field'] | null {
  if (device.serviceId !== incoming.serviceId) return 'serviceId';
  if (device.reviewId !== incoming.reviewId) return 'reviewId';
  if (device.reviewerId !== incoming.reviewerId) return 'reviewerId';
  if (device.itemId !== incoming.itemId) return 'itemId';
  return null;
}

/**
 * Every file record whose id is already taken on the device by a record that belongs elsewhere.
 * `deviceRatings` and `deviceStatuses` are the device records with the file's ids (tombstones too:
 * a deleted record of another review is still not the file's to take).
 */
export function foreignRecords(
  file: Pick<ReviewFile, 'reviewer' | 'ratings'>,
  deviceRatings: ReadonlyMap<string, ReviewerRating>,
  deviceStatuses: ReadonlyMap<string, ReviewerStatus>,
): ForeignRecord[] {
  const found: ForeignRecord[] = [];
  const status = deviceStatuses.get(file.reviewer.id);
  const statusField = status ? ownerField(status, file.reviewer) : null;
  if (statusField) found.push({ part: 'reviewer', index: null, field: statusField });
  file.ratings.forEach((rating, index) => {
    const device = deviceRatings.get(rating.id);
    const field = device ? ownerField(device, rating) : null;
    if (field) found.push({ part: 'ratings', index, field });
  });
  return found;
}

/** One item a re-imported file would change for its reviewer: "item X: 3 → 5". */
export interface ScoreChange {
  itemId: ItemId;
  from: number | null;
  to: number | null;
  notesChanged: boolean;
}

/**
 * What the file's newer copies would change in the reviewer's ratings already on this device,
 * in the file's item order. Records that are new here, or whose score and notes are the same
 * (only a later timestamp), are not changes anyone needs to confirm.
 */
export function scoreChanges(existing: readonly ReviewerRating[], toPut: readonly ReviewerRating[]): ScoreChange[] {
  const live = existing.filter((r) => r.deletedAt === null);
  const changes: ScoreChange[] = [];
  for (const next of toPut) {
    const before =
      live.find((r) => r.id === next.id) ??
      live.find((r) => r.reviewId === next.reviewId && r.reviewerId === next.reviewerId && r.itemId === next.itemId);
    if (!before) continue;
    const notesChanged = before.notes !== next.notes;
    if (before.score !== next.score || notesChanged)
      changes.push({ itemId: next.itemId, from: before.score, to: next.score, notesChanged });
  }
  return changes;
}

/**
 * Names compare the way people see them: Unicode compatibility forms folded (NFKC: a decomposed
 * "ä", full-width letters), zero-width characters dropped, whitespace runs folded, case ignored.
 */
export function visitNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('fi');
}

const overlaps = (a: Pick<Review, 'firstDay' | 'lastDay'>, b: Pick<Review, 'firstDay' | 'lastDay'>) =>
  a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;

export interface SameVisitCandidate {
  service: Service;
  review: Review;
}

/**
 * Reviews on this device that may be the same site visit as the file's review: a live review of a
 * live service with the same name and organisation (visitNameKey) whose days overlap. Offered to
 * the user when the file's service is not on this device, so one visit does not become two services.
 */
export function sameVisitCandidates(
  file: Pick<ReviewFile, 'service' | 'review'>,
  services: readonly Service[],
  reviews: readonly Review[],
): SameVisitCandidate[] {
  const name = visitNameKey(file.service.name);
  const organisation = visitNameKey(file.service.organisation);
  const matching = new Map(
    services
      .filter((s) => s.deletedAt === null && visitNameKey(s.name) === name && visitNameKey(s.organisation) === organisation)
      .map((s) => [s.id, s]),
  );
  return reviews.flatMap((review) => {
    const service = matching.get(review.serviceId);
    return service && review.deletedAt === null && overlaps(review, file.review) ? [{ service, review }] : [];
  });
}

/** The reviewer of `review` with the same name as the file's reviewer, or null. */
export function reviewerByName(review: Pick<Review, 'reviewers'>, name: string): ReviewerId | null {
  const key = visitNameKey(name);
  const index = review.reviewers.findIndex((n) => visitNameKey(n) === key);
  return index < 0 ? null : reviewerIdAt(index);
}

/**
 * The file as if it had been made from the device's own review of the same visit: the reviewer's
 * status and ratings move to that service, review and reviewer (matched by name), keeping their
 * ids, so importing the same file into the same review again still changes nothing.
 */
export function attachToReview(file: ReviewFile, service: Service, review: Review, reviewerId: ReviewerId): ReviewFile {
  const reviewerName = review.reviewers[reviewerIndex(reviewerId)] ?? file.reviewer.reviewerName;
  const owner = { serviceId: service.id, reviewId: review.id, reviewerId, reviewerName };
  return {
    ...file,
    service,
    review,
    reviewer: { ...file.reviewer, ...owner },
    ratings: file.ratings.map((rating) => ({ ...rating, ...owner })),
  };
}
