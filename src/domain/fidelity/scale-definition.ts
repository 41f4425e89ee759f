import { FIDELITY_ITEMS, type FidelityItem, type ItemId } from './items';
import fiTexts from './texts/fi.json';
import enTexts from './texts/en.json';

export const LOCALES = ['fi', 'en'] as const;
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

type RawTexts = Record<string, { title?: unknown; description?: unknown; anchors?: unknown } | undefined>;

/** The text files are data edited by hand: check each item's shape once, when the app loads. */
function itemText(file: RawTexts, id: ItemId, locale: Locale): ItemText {
  const raw = file[id];
  const anchors = raw?.anchors;
  if (
    typeof raw?.title !== 'string' ||
    typeof raw.description !== 'string' ||
    !Array.isArray(anchors) ||
    anchors.length !== 5 ||
    !anchors.every((a) => typeof a === 'string')
  ) {
    throw new Error(`Scale text for ${id} (${locale}) needs a title, a description and five anchors`);
  }
  return { title: raw.title, description: raw.description, anchors: anchors as unknown as ItemText['anchors'] };
}

export function scaleKey(scaleId: string, version: number): string {
  return `${scaleId}@${version}`;
}

export const BUILT_IN_SCALE: ScaleDefinition = {
  key: scaleKey(BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION),
  scaleId: BUILT_IN_SCALE_ID,
  version: BUILT_IN_SCALE_VERSION,
  name: {
    fi: 'IPS-työhönvalmennuksen laatukriteerit (25 kohtaa)',
    en: 'IPS Supported Employment Fidelity Scale (25 items)',
  },
  items: FIDELITY_ITEMS.map((item) => ({
    ...item,
    texts: { fi: itemText(fiTexts as RawTexts, item.id, 'fi'), en: itemText(enTexts as RawTexts, item.id, 'en') },
  })),
};
