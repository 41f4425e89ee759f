import fiCommon from './fi/common.json';
import fiApp from './fi/app.json';
import fiServices from './fi/services.json';
import fiReviews from './fi/reviews.json';
import fiSettings from './fi/settings.json';
import fiPwa from './fi/pwa.json';
import fiCaseload from './fi/caseload.json';
import fiCompare from './fi/compare.json';
import fiBackup from './fi/backup.json';
import fiConsensus from './fi/consensus.json';
import enCommon from './en/common.json';
import enApp from './en/app.json';
import enServices from './en/services.json';
import enReviews from './en/reviews.json';
import enSettings from './en/settings.json';
import enPwa from './en/pwa.json';
import enCaseload from './en/caseload.json';
import enCompare from './en/compare.json';
import enBackup from './en/backup.json';
import enConsensus from './en/consensus.json';

// One file per area keeps parallel work apart; keys read as `area.group.name`.
export const messages = {
  fi: { common: fiCommon, app: fiApp, services: fiServices, reviews: fiReviews, settings: fiSettings, pwa: fiPwa, caseload: fiCaseload, compare: fiCompare, backup: fiBackup, consensus: fiConsensus },
  en: { common: enCommon, app: enApp, services: enServices, reviews: enReviews, settings: enSettings, pwa: enPwa, caseload: enCaseload, compare: enCompare, backup: enBackup, consensus: enConsensus },
} as const;

export type Messages = (typeof messages)['en'];
