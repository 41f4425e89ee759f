import { FIDELITY_ITEMS, type ItemId } from './items';
import {
  BUILT_IN_SCALE_ID,
  BUILT_IN_SCALE_VERSION,
  scaleKey,
  type ItemText,
  type Locale,
  type ScaleDefinition,
} from './scale-definition';
import fiTexts from './texts/fi.json';
import enTexts from './texts/en.json';
import svTexts from './texts/sv.json';

/*
 * The built-in scale with its wording in both languages. Only seeding (first start, upgrade) and
 * restore need it; screens read the stored version, so this module stays out of the startup code.
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

export const BUILT_IN_SCALE: ScaleDefinition = {
  key: scaleKey(BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION),
  scaleId: BUILT_IN_SCALE_ID,
  version: BUILT_IN_SCALE_VERSION,
  name: {
    fi: 'IPS-työhönvalmennuksen laatukriteerit (25 kohtaa)',
    en: 'IPS Supported Employment Fidelity Scale (25 items)',
    sv: 'Kvalitetskriterier för IPS-arbetsträning (25 punkter)',
  },
  items: FIDELITY_ITEMS.map((item) => ({
    ...item,
    texts: {
      fi: itemText(fiTexts as RawTexts, item.id, 'fi'),
      en: itemText(enTexts as RawTexts, item.id, 'en'),
      sv: itemText(svTexts as RawTexts, item.id, 'sv'),
    },
  })),
};
