import { LOCALES, type ScaleDefinition } from '../domain/fidelity/scale-definition';

/** Whether the scale has its name and every item's wording in every language the app speaks. */
export function hasEveryLocale(scale: ScaleDefinition): boolean {
  return LOCALES.every((locale) => typeof scale.name[locale] === 'string' && scale.items.every((item) => item.texts[locale] !== undefined));
}

/**
 * A scale stored before a language was added (Swedish, issue 18) lacks that language's wording,
 * and a screen in that language would have no title to show. The missing language is taken from
 * `bundled` (the same scale version's wording shipped with the app: only a translation is added,
 * the languages the reviews were rated in stay as stored), else from the stored English wording.
 * Nothing is written: the stored record stays as it was.
 */
export function withEveryLocale(scale: ScaleDefinition, bundled: ScaleDefinition | null): ScaleDefinition {
  const fallback = (texts: Partial<Record<string, unknown>>) => texts.en ?? texts.fi;
  const name = { ...scale.name };
  for (const locale of LOCALES) name[locale] ??= bundled?.name[locale] ?? (fallback(scale.name) as string);
  const items = scale.items.map((item) => {
    const bundledItem = bundled?.items.find((other) => other.id === item.id);
    const texts = { ...item.texts };
    for (const locale of LOCALES) texts[locale] ??= bundledItem?.texts[locale] ?? (fallback(item.texts) as (typeof texts)[typeof locale]);
    return { ...item, texts };
  });
  return { ...scale, name, items };
}
