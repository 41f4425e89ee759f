import type { Locale } from '../domain/fidelity/scale-definition';
import type { messages as englishCore } from './en/index';
import type services from './en/services.json';
import type settings from './en/settings.json';
import type caseload from './en/caseload.json';
import type compare from './en/compare.json';
import type backup from './en/backup.json';
import type consensus from './en/consensus.json';
import type report from './en/report.json';
import type contacts from './en/contacts.json';
import type outcomes from './en/outcomes.json';
import type evidence from './en/evidence.json';
import type sync from './en/sync.json';
import { loadedFeatureMessages } from './feature-messages';

// One file per area keeps parallel work apart; keys read as `area.group.name`.
export type Messages = typeof englishCore & {
  services: typeof services;
  settings: typeof settings;
  caseload: typeof caseload;
  compare: typeof compare;
  backup: typeof backup;
  consensus: typeof consensus;
  report: typeof report;
  contacts: typeof contacts;
  outcomes: typeof outcomes;
  evidence: typeof evidence;
  sync: typeof sync;
};

// One literal import per language, so that each is its own chunk and only the one in use is fetched.
function coreMessages(locale: Locale): Promise<Record<string, unknown>> {
  switch (locale) {
    case 'fi':
      return import('./fi/index').then((module) => module.messages);
    case 'sv':
      return import('./sv/index').then((module) => module.messages);
    case 'en':
      return import('./en/index').then((module) => module.messages);
  }
}

/** Only the language in use is loaded, with the feature areas already in use; the rest on demand. */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const [core, features] = await Promise.all([coreMessages(locale), loadedFeatureMessages(locale)]);
  return { ...core, ...features };
}
