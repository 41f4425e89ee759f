import { useEffect, useMemo, useRef } from 'react';
import { useCurrentLiveQuery } from './use-current-live-query';
import type { Rating, Recommendation, Review } from '../../domain/records/review';
import type { FidelioDb } from '../app-db';
import type { StoredReviewScreen } from '../first-read';
import {
  getReview,
  getReviewHead,
  listRatings,
  listRecommendations,
  listReviewsOfService,
  reviewScreenFromStored,
  type ReviewHead,
  type ReviewScreenData,
} from '../queries';

/** undefined while loading; newest visit first. */
export function useReviewsOfService(serviceId: string): Review[] | undefined {
  return useCurrentLiveQuery((db) => listReviewsOfService(db, serviceId), [serviceId]);
}

/** undefined while loading, null when missing or deleted. */
export function useReview(id: string): Review | null | undefined {
  return useCurrentLiveQuery((db) => getReview(db, id), [id]);
}

/** undefined while loading; in the scale's item order. */
export function useRatings(reviewId: string): Rating[] | undefined {
  return useCurrentLiveQuery((db) => listRatings(db, reviewId), [reviewId]);
}

export interface PrefetchedReviewScreen {
  reviewId: string;
  head: ReviewHead | null;
  ratings: Rating[];
  recommendations: Recommendation[];
}

// Read at start-up alongside the messages (src/app/main.tsx), so that the scoring screen's first
// render already has its review instead of rendering "loading" and waiting for its live queries.
let prefetched: PrefetchedReviewScreen | null = null;

/** Reads what the scoring screen of `reviewId` shows, for its first render. */
export async function prefetchReviewScreen(db: FidelioDb, reviewId: string): Promise<void> {
  const [head, ratings, recommendations] = await Promise.all([
    getReviewHead(db, reviewId),
    listRatings(db, reviewId),
    listRecommendations(db, reviewId),
  ]);
  prefetched = { reviewId, head, ratings, recommendations };
}

/**
 * The same data from the records read with the bare IndexedDB API before Dexie opened
 * (src/db/first-read.ts): null when the app must open the database and read as usual (no such
 * live review, a database not at this version, any failure). seedReviewScreen hands a result to
 * the screen's first render.
 */
export async function reviewScreenFromFirstRead(
  reviewId: string,
  records: Promise<StoredReviewScreen | null>,
): Promise<PrefetchedReviewScreen | null> {
  const stored = await records;
  const screen = stored && (await reviewScreenFromStored(stored));
  return screen ? { reviewId, ...screen } : null;
}

export function seedReviewScreen(read: PrefetchedReviewScreen): void {
  prefetched = read;
}

function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** Field by field (arrays of plain values element by element); anything deeper counts as changed. */
function isSameRecord(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * `value`, or what `keep` makes of it and the value answered before: lets a new read that says the
 * same thing keep the previous objects' identity, so that what shows them need not render again.
 */
function useKeptIdentity<V>(value: V, keep: (before: NonNullable<V>, next: NonNullable<V>) => NonNullable<V>): V {
  const previous = useRef(value);
  const kept = useMemo(() => {
    const before = previous.current;
    return value && before ? keep(before, value) : value;
  }, [value, keep]);
  useEffect(() => {
    previous.current = kept;
  }, [kept]);
  return kept;
}

/**
 * Each record unchanged since the last read keeps its identity (and the array too, when nothing
 * changed): after a score's write, only the parts of the screen that show the changed rating
 * render again.
 */
function keepUnchangedRecords<T extends { id: string }>(before: T[], records: T[]): T[] {
  const byId = new Map(before.map((record) => [record.id, record]));
  const next = records.map((record) => {
    const old = byId.get(record.id);
    return old && isSameRecord(old, record) ? old : record;
  });
  return next.length === before.length && next.every((record, index) => record === before[index]) ? before : next;
}

/**
 * The previous head while its review and service are unchanged and its scale is the same version
 * (a version's wording never changes under its key): when the database has opened behind a screen
 * rendered from the first read, its answer renders nothing again.
 */
function keepUnchangedHead(before: ReviewHead, head: ReviewHead): ReviewHead {
  const isSameService =
    before.service === head.service || (before.service !== null && head.service !== null && isSameRecord(before.service, head.service));
  return isSameRecord(before.review, head.review) && isSameService && before.scale?.key === head.scale?.key ? before : head;
}

/**
 * undefined while loading, null when the review is missing or deleted. Three live queries: a
 * score's write re-reads the ratings only, not the review, its service and its scale.
 */
export function useReviewScreen(reviewId: string): ReviewScreenData | null | undefined {
  const seed = prefetched?.reviewId === reviewId ? prefetched : undefined;
  useEffect(() => {
    // Used by the first render only: from then on the live queries are the truth.
    if (prefetched?.reviewId === reviewId) prefetched = null;
  }, [reviewId]);
  const head = useKeptIdentity(
    useCurrentLiveQuery((db) => getReviewHead(db, reviewId), [reviewId], { seed: seed?.head }),
    keepUnchangedHead,
  );
  const ratings = useKeptIdentity(
    useCurrentLiveQuery((db) => listRatings(db, reviewId), [reviewId], { seed: seed?.ratings }),
    keepUnchangedRecords<Rating>,
  );
  const recommendations = useKeptIdentity(
    useCurrentLiveQuery((db) => listRecommendations(db, reviewId), [reviewId], { seed: seed?.recommendations }),
    keepUnchangedRecords<Recommendation>,
  );
  return useMemo(() => {
    if (head === null) return null;
    if (head === undefined || ratings === undefined || recommendations === undefined) return undefined;
    return { ...head, ratings, recommendations };
  }, [head, ratings, recommendations]);
}
