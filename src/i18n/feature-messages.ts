import i18next from 'i18next';
import type { Locale } from '../domain/fidelity/scale-definition';
import { LOCALES } from '../domain/fidelity/scale-definition';

/**
 * Messages of the screens that are loaded on demand travel with those screens: the scoring
 * screen's JavaScript budget (issue 8) has no room for every feature's texts in two languages.
 */
export const FEATURE_AREAS = [
  'services',
  'settings',
  'caseload',
  'compare',
  'backup',
  'consensus',
  'report',
  'contacts',
  'outcomes',
  'evidence',
  'sync',
] as const;
export type FeatureArea = (typeof FEATURE_AREAS)[number];

type MessageModule = { default: Record<string, unknown> };
const loaders = import.meta.glob<MessageModule>([
  './fi/{services,settings,caseload,compare,backup,consensus,report,contacts,outcomes,evidence,sync}.json',
  './en/{services,settings,caseload,compare,backup,consensus,report,contacts,outcomes,evidence,sync}.json',
  './sv/{services,settings,caseload,compare,backup,consensus,report,contacts,outcomes,evidence,sync}.json',
]);

const loadedAreas = new Set<FeatureArea>();

async function areaMessages(locale: Locale, area: FeatureArea): Promise<Record<string, unknown>> {
  const load = loaders[`./${locale}/${area}.json`];
  if (!load) throw new Error(`No ${locale} messages for ${area}`);
  return (await load()).default;
}

/** The feature areas already in use, for a language loaded later (a switch of language). */
export async function loadedFeatureMessages(locale: Locale): Promise<Record<string, unknown>> {
  const areas = [...loadedAreas];
  const messages = await Promise.all(areas.map((area) => areaMessages(locale, area)));
  return Object.fromEntries(areas.map((area, index) => [area, messages[index]]));
}

/** Loads an area's messages for every language i18next holds; resolves when they can be shown. */
export async function ensureFeatureMessages(area: FeatureArea): Promise<void> {
  if (loadedAreas.has(area)) return;
  const locales = LOCALES.filter((locale) => i18next.hasResourceBundle(locale, 'translation'));
  const messages = await Promise.all(locales.map((locale) => areaMessages(locale, area)));
  locales.forEach((locale, index) => i18next.addResourceBundle(locale, 'translation', { [area]: messages[index] }, true, true));
  loadedAreas.add(area);
}
