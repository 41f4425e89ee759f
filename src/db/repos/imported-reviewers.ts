import * as z from 'zod/mini';
import type { ReviewerId } from '../../domain/records/reviewer-rating';
import type { FidelioDb } from '../app-db';

/*
 * Issue 14 #6: which reviewers of which reviews came to this device in a review file. It is a
 * fact about this device (the other tablet rates them), so it lives in `meta`, not in the records
 * that travel: their ratings are read-only here and stay hidden until this tablet's own reviewer
 * has finished. Read inside the callers' transactions, so `meta` must be in their table list.
 */
export const IMPORTED_REVIEWERS_KEY = 'reviewFileReviewers';
const ImportedReviewersSchema = z.array(z.string());

export const importedReviewerKey = (reviewId: string, reviewerId: ReviewerId) => `${reviewId}|${reviewerId}`;

export async function readImportedReviewers(db: FidelioDb): Promise<Set<string>> {
  const parsed = ImportedReviewersSchema.safeParse((await db.meta.get(IMPORTED_REVIEWERS_KEY))?.value);
  return new Set(parsed.success ? parsed.data : []);
}

export async function isImportedReviewer(db: FidelioDb, reviewId: string, reviewerId: ReviewerId): Promise<boolean> {
  return (await readImportedReviewers(db)).has(importedReviewerKey(reviewId, reviewerId));
}

export async function rememberImportedReviewer(db: FidelioDb, reviewId: string, reviewerId: ReviewerId): Promise<void> {
  const known = await readImportedReviewers(db);
  const key = importedReviewerKey(reviewId, reviewerId);
  if (known.has(key)) return;
  await db.meta.put({ key: IMPORTED_REVIEWERS_KEY, value: [...known, key] });
}

/** The reviewer ids of `reviewId` that came in a file, for the screens. */
export async function importedReviewersOf(db: FidelioDb, reviewId: string): Promise<ReviewerId[]> {
  const known = await readImportedReviewers(db);
  return (['reviewer-1', 'reviewer-2'] as const).filter((id) => known.has(importedReviewerKey(reviewId, id)));
}
