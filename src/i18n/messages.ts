import fiCommon from './fi/common.json';
import fiApp from './fi/app.json';
import fiServices from './fi/services.json';
import fiReviews from './fi/reviews.json';
import fiSettings from './fi/settings.json';
import fiPwa from './fi/pwa.json';
import enCommon from './en/common.json';
import enApp from './en/app.json';
import enServices from './en/services.json';
import enReviews from './en/reviews.json';
import enSettings from './en/settings.json';
import enPwa from './en/pwa.json';

// One file per area keeps parallel work apart; keys read as `area.group.name`.
export const messages = {
  fi: { common: fiCommon, app: fiApp, services: fiServices, reviews: fiReviews, settings: fiSettings, pwa: fiPwa },
  en: { common: enCommon, app: enApp, services: enServices, reviews: enReviews, settings: enSettings, pwa: enPwa },
} as const;

export type Messages = (typeof messages)['en'];
