import { afterEach, describe, it, expect, vi } from 'vitest';
import { buildKatevaDemo, DEMO_TOTALS, type DemoOptions } from '../../../src/domain/demo/kateva-demo';
import { FIDELITY_ITEMS } from '../../../src/domain/fidelity/items';
import { BUILT_IN_SCALE_VERSION } from '../../../src/domain/fidelity/scale-definition';
import { RatingSchema, RecommendationSchema, ReviewSchema } from '../../../src/domain/records/review';
import { ServiceSchema } from '../../../src/domain/records/service';

const NOW = '2026-11-22T10:00:00.000Z';
const ITEM_IDS = FIDELITY_ITEMS.map((item) => item.id);

function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

function build(locale: DemoOptions['locale'], newId = sequentialIds()) {
  return buildKatevaDemo({ now: NOW, newId, locale });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(['fi', 'en'] as const)('buildKatevaDemo (%s)', (locale) => {
  const demo = build(locale);
  const [service] = demo.services;
  const reviewsOldestFirst = [...demo.reviews].sort((a, b) => a.firstDay.localeCompare(b.firstDay));

  it('has one service and two final external reviews on the built-in scale', () => {
    expect(demo.services).toHaveLength(1);
    expect(service?.name).toBe('Työvalmennuspalvelu Kätevä');
    expect(demo.reviews).toHaveLength(2);
    for (const review of demo.reviews) {
      expect(review).toMatchObject({ status: 'final', type: 'external', scaleId: 'ips-25', scaleVersion: BUILT_IN_SCALE_VERSION });
      expect(review.reviewers).toHaveLength(2);
      expect(review.finalisedAt).not.toBeNull();
      expect(review.firstDay <= review.lastDay).toBe(true);
    }
    expect(reviewsOldestFirst.map((r) => r.firstDay.slice(0, 4))).toEqual(['2021', '2022']);
  });

  it('totals 83 and 91 points, oldest first', () => {
    const totals = reviewsOldestFirst.map((review) =>
      demo.ratings.filter((r) => r.reviewId === review.id).reduce((sum, r) => sum + (r.score ?? 0), 0),
    );
    expect(totals).toEqual([...DEMO_TOTALS]);
    expect(DEMO_TOTALS).toEqual([83, 91]);
  });

  it('rates every item exactly once per review, with data sources the item allows', () => {
    for (const review of demo.reviews) {
      const ratings = demo.ratings.filter((r) => r.reviewId === review.id);
      expect(ratings).toHaveLength(25);
      expect(ratings.map((r) => r.itemId).sort()).toEqual([...ITEM_IDS].sort());
      for (const rating of ratings) {
        expect(rating.score).not.toBeNull();
        const allowed = FIDELITY_ITEMS.find((i) => i.id === rating.itemId)?.dataSources ?? [];
        expect(rating.dataSources.length).toBeGreaterThan(0);
        for (const source of rating.dataSources) expect(allowed).toContain(source);
        if ((rating.score ?? 0) < 4) expect(rating.notes.trim()).not.toBe('');
      }
    }
  });

  it('passes every record schema', () => {
    for (const record of demo.services) expect(ServiceSchema.safeParse(record).success).toBe(true);
    for (const record of demo.reviews) expect(ReviewSchema.safeParse(record).success).toBe(true);
    for (const record of demo.ratings) expect(RatingSchema.safeParse(record).success).toBe(true);
    for (const record of demo.recommendations) expect(RecommendationSchema.safeParse(record).success).toBe(true);
  });

  it('ties every record to the service and uses unique ids', () => {
    const all = [...demo.services, ...demo.reviews, ...demo.ratings, ...demo.recommendations];
    expect(service?.serviceId).toBe(service?.id);
    for (const record of all) {
      expect(record.serviceId).toBe(service?.id);
      expect(record.deletedAt).toBeNull();
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('gives each review recommendations on rated items, 6–8 in 2021 and 4–6 in 2022', () => {
    const [first, second] = reviewsOldestFirst;
    const count = (reviewId: string | undefined) => demo.recommendations.filter((r) => r.reviewId === reviewId).length;
    expect(count(first?.id)).toBeGreaterThanOrEqual(6);
    expect(count(first?.id)).toBeLessThanOrEqual(8);
    expect(count(second?.id)).toBeGreaterThanOrEqual(4);
    expect(count(second?.id)).toBeLessThanOrEqual(6);
    for (const recommendation of demo.recommendations) expect(recommendation.text.trim()).not.toBe('');
  });
});

describe('buildKatevaDemo purity', () => {
  it('writes notes in the chosen locale', () => {
    const fi = build('fi');
    const en = build('en');
    expect(fi.ratings.map((r) => r.score)).toEqual(en.ratings.map((r) => r.score));
    expect(fi.ratings[0]?.notes).not.toBe(en.ratings[0]?.notes);
    expect(fi.services[0]?.notes).toMatch(/Esimerkkiaineisto/);
    expect(en.services[0]?.notes).toMatch(/Demo data/);
  });

  it('does not read the clock', () => {
    const spy = vi.spyOn(Date, 'now');
    build('fi');
    expect(spy).not.toHaveBeenCalled();
  });

  it('is deterministic for a given id sequence and now', () => {
    expect(build('en', sequentialIds('x'))).toEqual(build('en', sequentialIds('x')));
    expect(build('fi', sequentialIds('y'))).toEqual(build('fi', sequentialIds('y')));
  });

  it('uses the given now as the service update time', () => {
    expect(build('fi').services[0]?.updatedAt).toBe(NOW);
  });

  it('rejects a now that is not a timestamp', () => {
    expect(() => buildKatevaDemo({ now: 'yesterday', newId: sequentialIds(), locale: 'fi' })).toThrow(RangeError);
  });
});
