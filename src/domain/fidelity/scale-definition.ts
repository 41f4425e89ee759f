import type { FidelityItem } from './items';

export const LOCALES = ['fi', 'en', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

/** Our own short wording of an item: never the copyrighted text of the official scale. */
export interface ItemText {
  title: string;
  description: string;
  /** What scores 1, 2, 3, 4 and 5 mean, in that order. */
  anchors: readonly [string, string, string, string, string];
}

export interface ScaleItem extends FidelityItem {
  texts: Record<Locale, ItemText>;
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

export const BUILT_IN_SCALE_ID = 'ips-25';
/** Raise when the built-in wording or anchors change; the database seeds the new version. */
export const BUILT_IN_SCALE_VERSION = 1;

export const BUILT_IN_SCALE_KEY = `${BUILT_IN_SCALE_ID}@${BUILT_IN_SCALE_VERSION}`;

export function scaleKey(scaleId: string, version: number): string {
  return `${scaleId}@${version}`;
}
