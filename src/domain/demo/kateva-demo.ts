import type { DataSource, ItemId, Score } from '../fidelity/items';
import { BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION, type Locale } from '../fidelity/scale-definition';
import { TimestampSchema } from '../records/base';
import type { Priority, Rating, Recommendation, Review } from '../records/review';
import type { Service } from '../records/service';
import content from './kateva-demo-content.json';

/**
 * Demo data modelled on Jyväskylä's job coaching service Kätevä, reviewed in autumn 2021 (83 points)
 * and autumn 2022 (91 points) (../shared/domain/context.md, "Reviews and scores"). Only the totals
 * are public: the item scores, notes, recommendations and reviewers below are invented but kept
 * plausible for a young Finnish service, so the demo shows a realistic review history.
 */

export interface DemoOptions {
  /** ISO timestamp with offset; the moment the demo is loaded. */
  now: string;
  /** Called in a fixed order, so a fixed id sequence always yields the same records. */
  newId: () => string;
  locale: Locale;
}

export interface DemoRecords {
  services: Service[];
  reviews: Review[];
  ratings: Rating[];
  recommendations: Recommendation[];
}

/** The public totals of the two reviews, oldest first. */
export const DEMO_TOTALS = [83, 91] as const;

type LocalisedText = Record<Locale, string>;

interface DemoRating {
  score: Score;
  notes: LocalisedText;
}

interface DemoItem {
  /** A subset of the item's data sources in FIDELITY_ITEMS: what the reviewers actually used. */
  dataSources: readonly DataSource[];
  round2021: DemoRating;
  round2022: DemoRating;
}

interface DemoRecommendation {
  itemId: ItemId;
  priority: Priority;
  text: LocalisedText;
}

interface DemoRound {
  firstDay: string;
  lastDay: string;
  reviewers: readonly string[];
  /** When the review record was opened on the first visit day. */
  createdAt: string;
  /** When the consensus ratings were entered, after the visit. */
  ratedAt: string;
  finalisedAt: string;
  recommendations: readonly DemoRecommendation[];
}

interface DemoContent {
  items: Record<ItemId, DemoItem>;
  rounds: readonly [DemoRound, DemoRound];
  service: {
    name: string;
    createdAt: string;
    organisation: LocalisedText;
    region: LocalisedText;
    notes: LocalisedText;
  };
}

// The demo's scores, notes and recommendations are data, kept in JSON next to this file. Every
// record built from them is parsed with its zod schema when the demo is loaded (db/repos/demo.ts),
// and the tests check that each round rates all 25 items and totals 83 and 91.
const CONTENT = content as unknown as DemoContent;
const ITEMS = CONTENT.items;
const ROUNDS = CONTENT.rounds;
const SERVICE_TEXTS = CONTENT.service;

const ITEM_IDS_IN_ORDER = Object.keys(ITEMS) as ItemId[];

/**
 * Builds the Kätevä demo: one service, two final external reviews totalling DEMO_TOTALS, their 25
 * ratings each and their recommendations. Pure, so the caller supplies the clock and ids; newId is
 * called for the service, then per review: the review, its ratings in scale order, its
 * recommendations. The service's updatedAt is `now`, because loading the demo is its latest write;
 * everything else keeps its historical timestamps so the history reads as it happened.
 */
export function buildKatevaDemo(options: DemoOptions): DemoRecords {
  const { now, newId, locale } = options;
  if (!TimestampSchema.safeParse(now).success) throw new RangeError(`Not an ISO timestamp: ${now}`);

  const serviceId = newId();
  const service: Service = {
    id: serviceId,
    serviceId,
    createdAt: SERVICE_TEXTS.createdAt,
    updatedAt: now,
    deletedAt: null,
    name: SERVICE_TEXTS.name,
    organisation: SERVICE_TEXTS.organisation[locale],
    region: SERVICE_TEXTS.region[locale],
    notes: SERVICE_TEXTS.notes[locale],
    // The 2022 review's notes: the team leader reviews the contact log monthly.
    contactLogReview: 'monthly',
  };

  const reviews: Review[] = [];
  const ratings: Rating[] = [];
  const recommendations: Recommendation[] = [];

  ROUNDS.forEach((round, index) => {
    const reviewId = newId();
    reviews.push({
      id: reviewId,
      serviceId,
      createdAt: round.createdAt,
      updatedAt: round.finalisedAt,
      deletedAt: null,
      scaleId: BUILT_IN_SCALE_ID,
      scaleVersion: BUILT_IN_SCALE_VERSION,
      firstDay: round.firstDay,
      lastDay: round.lastDay,
      type: 'external',
      reviewers: [...round.reviewers],
      status: 'final',
      finalisedAt: round.finalisedAt,
    });

    for (const itemId of ITEM_IDS_IN_ORDER) {
      const item = ITEMS[itemId];
      const rating = index === 0 ? item.round2021 : item.round2022;
      ratings.push({
        id: newId(),
        serviceId,
        createdAt: round.ratedAt,
        updatedAt: round.ratedAt,
        deletedAt: null,
        reviewId,
        itemId,
        score: rating.score,
        notes: rating.notes[locale],
        dataSources: [...item.dataSources],
      });
    }

    for (const recommendation of round.recommendations) {
      recommendations.push({
        id: newId(),
        serviceId,
        createdAt: round.ratedAt,
        updatedAt: round.ratedAt,
        deletedAt: null,
        reviewId,
        itemId: recommendation.itemId,
        text: recommendation.text[locale],
        priority: recommendation.priority,
      });
    }
  });

  return { services: [service], reviews, ratings, recommendations };
}
