import { isEvidenceItem } from '../../domain/evidence/evidence-input';
import { RatingSuggestionSchema } from '../../domain/records/review-evidence';
import type { Rating } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import { newId } from '../ids';
import { validated } from '../validate';

/**
 * Remembers whether the score of an evidence item followed the suggestion shown (issue 5). Runs
 * inside the score's own transaction, so the rating and what it followed never disagree.
 */
export async function rememberSuggestion(db: FidelioDb, rating: Rating, suggestedScore: number | null, at: string): Promise<void> {
  if (!isEvidenceItem(rating.itemId)) return;
  const existing = await db.ratingSuggestions
    .where('[reviewId+itemId]')
    .equals([rating.reviewId, rating.itemId])
    .filter((record) => record.deletedAt === null)
    .first();
  const decision = { suggestedScore, score: rating.score, followed: suggestedScore !== null && rating.score === suggestedScore };
  const next = existing
    ? { ...existing, ...decision, updatedAt: at }
    : {
        id: newId(),
        serviceId: rating.serviceId,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        reviewId: rating.reviewId,
        itemId: rating.itemId,
        ...decision,
      };
  await db.ratingSuggestions.put(validated(RatingSuggestionSchema, 'ratingSuggestions', next));
}
