// Written by scripts/codemods/i18n-namespaces.mjs from the message files: run it after adding one.
import type app from './en/app.json';
import type backup from './en/backup.json';
import type caseload from './en/caseload.json';
import type common from './en/common.json';
import type compare from './en/compare.json';
import type consensus from './en/consensus.json';
import type contacts from './en/contacts.json';
import type evidence from './en/evidence.json';
import type outcomes from './en/outcomes.json';
import type pwa from './en/pwa.json';
import type report from './en/report.json';
import type reviews from './en/reviews.json';
import type services from './en/services.json';
import type settings from './en/settings.json';
import type sync from './en/sync.json';

/** The namespaces (one per file in src/i18n/<language>/) and their English messages, for typed keys. */
export interface Resources {
  app: typeof app;
  backup: typeof backup;
  caseload: typeof caseload;
  common: typeof common;
  compare: typeof compare;
  consensus: typeof consensus;
  contacts: typeof contacts;
  evidence: typeof evidence;
  outcomes: typeof outcomes;
  pwa: typeof pwa;
  report: typeof report;
  reviews: typeof reviews;
  services: typeof services;
  settings: typeof settings;
  sync: typeof sync;
}
