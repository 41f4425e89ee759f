// The public API of Fidelio's domain layer. Outside checks call these names: keep them stable.
export { FIDELITY_ITEMS, SECTIONS, DATA_SOURCES, SCORES, ITEM_IDS, isItemId, itemsInSection } from './fidelity/items';
export type { FidelityItem, ItemId, Section, DataSource, Score } from './fidelity/items';
export {
  totalScore,
  fidelityBand,
  sectionSubtotals,
  meanPerItem,
  nextUnratedItem,
  BANDS,
  BAND_THRESHOLDS,
  ITEM_COUNT,
  MIN_TOTAL,
  MAX_TOTAL,
} from './fidelity/scoring';
export type { RatingsByItem, TotalScore, FidelityBand, SectionSubtotal } from './fidelity/scoring';
export { nextReviewDue } from './fidelity/review-schedule';
export { BUILT_IN_SCALE, BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION, LOCALES, scaleKey } from './fidelity/scale-definition';
export type { ScaleDefinition, ScaleItem, ItemText, Locale } from './fidelity/scale-definition';
