import commonMessages from './common.json';
import appMessages from './app.json';
import reviewsMessages from './reviews.json';
import pwaMessages from './pwa.json';

// The areas every start needs; feature screens bring their own areas (../feature-messages.ts).
export const messages = {
  common: commonMessages,
  app: appMessages,
  reviews: reviewsMessages,
  pwa: pwaMessages,
};
