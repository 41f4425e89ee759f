import type { FidelityItem } from './items';
import type { ItemVerification } from './verification';

/** The languages of the app and of the built-in scale: Finnish first, then Swedish, then English. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages every stored scale version has; scale version 1 had no Swedish. */
export type BaseLocale = 'fi' | 'en';

/** Our own short wording of an item: never the copyrighted text of the official scale. */
export interface ItemText {
  title: string;
  description: string;
  /** What scores 1, 2, 3, 4 and 5 mean, in that order. */
  anchors: readonly [string, string, string, string, string];
}

export interface ScaleItem extends FidelityItem {
  texts: Record<Locale, ItemText>;
  /** What the wording was checked against (scale version 2 on); version 1 has isAnchorVerified. */
  verification?: ItemVerification;
  /** Version 1's flag, kept so a stored version 1 reads back exactly as it was written. */
  isAnchorVerified?: boolean;
}

/**
 * A versioned scale definition. Reviews keep `scaleId` + `scaleVersion`, so a correction of the
 * wording is a new version and never silently rewrites what an old review was rated against.
 */
export interface ScaleDefinition {
  /** `${scaleId}@${version}`: the stored key. */
  key: string;
  scaleId: string;
  version: number;
  name: Record<Locale, string>;
  items: readonly ScaleItem[];
}

type StoredTexts<T> = Record<BaseLocale, T> & Partial<Record<Locale, T>>;

/** A scale as stored: a language added after its version was written may be missing. */
export interface StoredScaleDefinition extends Omit<ScaleDefinition, 'name' | 'items'> {
  name: StoredTexts<string>;
  items: readonly (Omit<ScaleItem, 'texts'> & { texts: StoredTexts<ItemText> })[];
}

/**
 * A stored scale with every language filled in. A version written before a language existed
 * shows its Finnish wording in that language: it is the wording the review was rated against,
 * and a translation made later would be a new version, not a repair of an old one.
 */
export function withAllLocales(stored: StoredScaleDefinition): ScaleDefinition {
  const fill = <T>(texts: StoredTexts<T>): Record<Locale, T> => ({ fi: texts.fi, sv: texts.sv ?? texts.fi, en: texts.en });
  return { ...stored, name: fill(stored.name), items: stored.items.map((item) => ({ ...item, texts: fill(item.texts) })) };
}

export const BUILT_IN_SCALE_ID = 'ips-25';
/**
 * Raise when the built-in wording or anchors change; the database seeds the new version and
 * keeps the old ones. Version 2 (issue 16): the 2008 scale's item names, anchors' frequencies and
 * conditions restored, today's Finnish service structure, Swedish, and a check record per item.
 */
export const BUILT_IN_SCALE_VERSION = 2;
/** Every version the app ships, oldest first: a review of any of them always finds its items. */
export const BUILT_IN_SCALE_VERSIONS: readonly number[] = [1, 2];

export const BUILT_IN_SCALE_KEY = `${BUILT_IN_SCALE_ID}@${BUILT_IN_SCALE_VERSION}`;

export function scaleKey(scaleId: string, version: number): string {
  return `${scaleId}@${version}`;
}

/** The key of the scale version a review is scored on. */
export function reviewScaleKey(review: { scaleId: string; scaleVersion: number }): string {
  return scaleKey(review.scaleId, review.scaleVersion);
}

/** True for the key of a version bundled with the app (current or older). */
export function isBuiltInScaleKey(key: string): boolean {
  return BUILT_IN_SCALE_VERSIONS.some((version) => scaleKey(BUILT_IN_SCALE_ID, version) === key);
}
