import type { AnyNamespaceT } from '../../i18n/translate';
import type { ItemId } from '../../domain/fidelity/items';
import type { Locale, ScaleDefinition } from '../../domain/fidelity/scale-definition';

/**
 * What every part of the report needs to write in the report's own language, which may differ
 * from the app's (a Finnish reviewer can print an English report): a translator fixed to that
 * language, the locale for numbers and dates, and the review's own scale version for item titles.
 */
export interface ReportText {
  t: AnyNamespaceT;
  locale: Locale;
  scale: ScaleDefinition;
}

/** The item's title in the review's own scale version; the id if that version lacks it. */
export function itemTitle({ scale, locale }: ReportText, itemId: ItemId): string {
  return scale.items.find((item) => item.id === itemId)?.texts[locale].title ?? itemId;
}
