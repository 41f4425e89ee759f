import commonMessages from './common.json';
import appMessages from './app.json';
import servicesMessages from './services.json';
import reviewsMessages from './reviews.json';
import settingsMessages from './settings.json';
import pwaMessages from './pwa.json';

// The areas every start needs; feature screens bring their own areas (../feature-messages.ts).
export const messages = {
  common: commonMessages,
  app: appMessages,
  services: servicesMessages,
  reviews: reviewsMessages,
  settings: settingsMessages,
  pwa: pwaMessages,
};
