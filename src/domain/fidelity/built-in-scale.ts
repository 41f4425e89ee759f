import { FIDELITY_ITEMS, type ItemId } from './items';
import {
  BUILT_IN_SCALE_ID,
  BUILT_IN_SCALE_VERSION,
  scaleKey,
  type ItemText,
  type Locale,
  type ScaleDefinition,
  type StoredScaleDefinition,
} from './scale-definition';
import { ITEM_VERIFICATION } from './verification';
import fiTexts from './texts/fi.json';
import svTexts from './texts/sv.json';
import enTexts from './texts/en.json';
import fiTextsV1 from './texts/v1/fi.json';
import enTextsV1 from './texts/v1/en.json';

/*
 * Every version of the built-in scale with its wording. Only seeding (first start, upgrade),
 * restore and a review of a version this device does not hold need it; screens read the stored
 * version, so this module stays out of the startup code.
 */

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

/** Version 1's anchor flags, exactly as version 1 stored them (only the caseload bands were checked). */
const V1_VERIFIED: ReadonlySet<ItemId> = new Set(['staffing-1', 'staffing-2']);

/**
 * Version 1 (issue 1), frozen: its wording is in texts/v1 and must never change, because reviews
 * rated against it show it. A device that lost it (or never had it) gets it back from here.
 */
export const BUILT_IN_SCALE_V1: StoredScaleDefinition = {
  key: scaleKey(BUILT_IN_SCALE_ID, 1),
  scaleId: BUILT_IN_SCALE_ID,
  version: 1,
  name: {
    fi: 'IPS-työhönvalmennuksen laatukriteerit (25 kohtaa)',
    en: 'IPS Supported Employment Fidelity Scale (25 items)',
  },
  items: FIDELITY_ITEMS.map((item) => ({
    ...item,
    isAnchorVerified: V1_VERIFIED.has(item.id),
    texts: { fi: itemText(fiTextsV1 as RawTexts, item.id, 'fi'), en: itemText(enTextsV1 as RawTexts, item.id, 'en') },
  })),
};

/** The current version: the 2008 scale's item names, Finnish, Swedish and English wording. */
export const BUILT_IN_SCALE: ScaleDefinition = {
  key: scaleKey(BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION),
  scaleId: BUILT_IN_SCALE_ID,
  version: BUILT_IN_SCALE_VERSION,
  name: {
    fi: 'IPS-työhönvalmennuksen laatukriteerit (25 kohtaa)',
    sv: 'Kvalitetskriterier för IPS-arbetsträning (25 punkter)',
    en: 'IPS Supported Employment Fidelity Scale (25 items)',
  },
  items: FIDELITY_ITEMS.map((item) => ({
    ...item,
    verification: ITEM_VERIFICATION[item.id],
    texts: {
      fi: itemText(fiTexts as RawTexts, item.id, 'fi'),
      sv: itemText(svTexts as RawTexts, item.id, 'sv'),
      en: itemText(enTexts as RawTexts, item.id, 'en'),
    },
  })),
};

const BUNDLED: readonly StoredScaleDefinition[] = [BUILT_IN_SCALE_V1, BUILT_IN_SCALE];

/** The bundled definition of a built-in version, as it is stored; undefined for any other key. */
export function bundledScale(key: string): StoredScaleDefinition | undefined {
  return BUNDLED.find((scale) => scale.key === key);
}
