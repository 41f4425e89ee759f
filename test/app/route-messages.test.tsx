// Issue 18: every route shows words, never a message key, with nothing preloaded. Each route is
// rendered with a fresh i18next (the app's own backend and options, no namespace loaded), so a
// component that does not ask for a namespace it uses shows `namespace:key` here, whatever other
// routes loaded before. The routes are read from routes.tsx, so a new route is checked too.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/routes';
import { ROUTE_SCREENS } from '../../src/app/screens';
import { db } from '../../src/db/app-db';
import { createReview } from '../../src/db/repos/reviews';
import { createService } from '../../src/db/repos/services';
import { LOCALES } from '../../src/domain/fidelity/scale-definition';
import { lazyNamespaces } from '../../src/i18n/namespaces';
import { I18N_OPTIONS } from '../../src/i18n/setup';
import { reviewDraft, serviceDraft } from '../fixtures/records';
import { startNamespaces } from '../../vite.config';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const NAMESPACES = readdirSync(path.resolve('src/i18n/en')).map((file) => file.replace(/\.json$/, ''));
// A key as i18next shows a missing message (`caseload:group.key`), or an old-style `caseload.group.key`.
const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join('|')})[.:][a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\b(?<!\\.(?:json|csv))`, 'g');
const PATHS = [...readFileSync(path.resolve('src/app/routes.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g)].map(
  (match) => match[1] ?? '',
);

// The namespaces the first screen's code uses, which index.html preloads.
const START_NAMESPACES = startNamespaces(process.cwd());

let ids: Record<string, string> = {};

beforeAll(async () => {
  await db.open();
  const serviceId = await createService(db, serviceDraft(), NOW);
  const reviewId = await createReview(db, serviceId, reviewDraft({ reviewers: ['Aino', 'Bertta'] }), NOW);
  // Clients and employers that do not exist: their screens say so, in words.
  ids = { serviceId, reviewId, reviewerId: 'reviewer-1', itemId: 'H1', clientId: 'no-client', employerId: 'no-employer' };
});

afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function textsOf(container: HTMLElement): string[] {
  const texts = [container.textContent ?? ''];
  for (const element of container.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts;
}

describe('every route in every language shows words, with no namespace preloaded', () => {
  it('reads the routes from routes.tsx', () => {
    expect(PATHS.length).toBeGreaterThan(20);
  });

  it('knows the screen of every route that loads on demand', () => {
    const inFirstBundle = ['/reviews/:reviewId/items/:itemId', '/reviews/:reviewId'];
    expect(PATHS.filter((pattern) => !inFirstBundle.includes(pattern) && !(pattern in ROUTE_SCREENS))).toEqual([]);
  });

  const cases = LOCALES.flatMap((locale) => PATHS.map((pattern) => [locale, pattern] as const));
  it.each(cases)('%s %s', async (locale, pattern) => {
    const instance = i18next.createInstance();
    // Which namespaces the route's screen asks for as it renders.
    const requested = new Set<string>();
    const recording: typeof lazyNamespaces = {
      ...lazyNamespaces,
      read: (language, namespace, callback) => {
        requested.add(namespace);
        lazyNamespaces.read(language, namespace, callback);
      },
    };
    await instance.use(recording).init({ ...I18N_OPTIONS, lng: locale, ns: [] });
    const href = pattern.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);
    const { container, unmount } = render(
      <I18nextProvider i18n={instance}>
        <Suspense fallback={<p data-testid="waiting" />}>
          <Router hook={memoryLocation({ path: href }).hook}>
            <AppRoutes />
          </Router>
        </Suspense>
      </I18nextProvider>,
    );
    // Loaded: nothing waits for code or messages, and no screen is still loading its data.
    await waitFor(() => {
      expect(screen.queryByTestId('waiting')).toBeNull();
      expect(container.querySelector('h1, h2')).not.toBeNull();
      expect(screen.queryAllByRole('status').filter((status) => /…|\.\.\./.test(status.textContent ?? ''))).toEqual([]);
    });
    const keys = textsOf(container).flatMap((text) => text.match(RAW_KEY) ?? []);
    unmount();
    expect(keys).toEqual([]);
    // Issue 15: a screen that loads on demand names the namespaces it reads beyond the start's, so
    // that they come with its code and its first render never waits for them (lazy-screen.ts). (The
    // scoring screen is in the first bundle; its own lazily loaded parts fetch theirs: withMessages.)
    const routeScreen = ROUTE_SCREENS[pattern];
    if (!routeScreen) return;
    const listed = new Set([...START_NAMESPACES, ...routeScreen.namespaces]);
    expect([...requested].filter((namespace) => !listed.has(namespace)).sort()).toEqual([]);
  });
});
