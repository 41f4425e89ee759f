import type { ItemId } from '../../domain/fidelity/items';
import { RecommendationSchema, type Priority, type Recommendation } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import { assertTextUnchanged, RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';
import { getEditableReview } from './review-guard';

/*
 * Each write reads the review in the same transaction as it writes the recommendation, so a
 * recommendation can never change after its review was finalised.
 */

export async function addRecommendation(
  db: FidelioDb,
  reviewId: string,
  itemId: ItemId,
  text: string,
  priority: Priority,
  now: Date,
): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.reviews, db.recommendations], async () => {
    const review = await getEditableReview(db, reviewId);
    const recommendation = validated(RecommendationSchema, 'recommendations', {
      id,
      serviceId: review.serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      reviewId,
      itemId,
      text,
      priority,
    } satisfies Recommendation);
    await db.recommendations.add(recommendation);
  });
  return id;
}

async function changeRecommendation(
  db: FidelioDb,
  id: string,
  change: (current: Recommendation, at: string) => Recommendation,
  now: Date,
): Promise<void> {
  await db.transaction('rw', [db.reviews, db.recommendations], async () => {
    const current = await db.recommendations.get(id);
    if (!current || current.deletedAt) throw new RecordNotFoundError('recommendations', id);
    await getEditableReview(db, current.reviewId);
    const next = change(current, toTimestamp(now));
    await db.recommendations.put(validated(RecommendationSchema, 'recommendations', next));
  });
}

/** `textBase`: the text this edit started from, when a change made meanwhile elsewhere must not be overwritten. */
export function updateRecommendation(
  db: FidelioDb,
  id: string,
  patch: Partial<Pick<Recommendation, 'itemId' | 'text' | 'priority'>>,
  now: Date,
  textBase?: string,
): Promise<void> {
  return changeRecommendation(
    db,
    id,
    (current, at) => {
      assertTextUnchanged(current.text, textBase, patch.text);
      return {
        ...current,
        itemId: patch.itemId ?? current.itemId,
        text: patch.text ?? current.text,
        priority: patch.priority ?? current.priority,
        updatedAt: at,
      };
    },
    now,
  );
}

/** Tombstones the recommendation so the delete can travel to other devices later. */
export function deleteRecommendation(db: FidelioDb, id: string, now: Date): Promise<void> {
  return changeRecommendation(db, id, (current, at) => ({ ...current, deletedAt: at, updatedAt: at }), now);
}
