// @vitest-environment jsdom
// The live-query hooks are React hooks: renderHook needs a DOM. Each test unmounts its own.
import { configure, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { db as appDb, strictConnection, type FidelioDb } from '../../src/db/app-db';
import { useServices } from '../../src/db/live/services';
import { useHasDemo } from '../../src/db/live/demo';
import { useStaff } from '../../src/db/live/caseload';
import { useCurrentLiveQuery } from '../../src/db/live/use-current-live-query';
import { reviewScreenFromFirstRead, seedReviewScreen, useReviewScreen } from '../../src/db/live/reviews';
import { openExistingDatabase, readStoredReviewScreen } from '../../src/db/first-read';
import { setRatingScore } from '../../src/db/repos/ratings';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { listRatings, listServices } from '../../src/db/queries';
import { loadDemo } from '../../src/db/repos/demo';
import { createService, deleteService } from '../../src/db/repos/services';
import { NOW, dropDb, freshDb, serviceDraft, serviceWithReview } from './helpers';
import { loadFactor } from '../load-factor.mjs';

// As in test/setup.ts (the jsdom project's setup, which this file does not get): waits return
// as soon as their condition holds, and a busy shared machine needs more than 1 s.
configure({ asyncUtilTimeout: 20_000 * loadFactor() });

let db: FidelioDb | undefined;
afterEach(async () => {
  if (db) await dropDb(db);
  db = undefined;
});

describe('live queries', () => {
  it('see writes made on the strict connection', async () => {
    db = freshDb();
    const seen: number[] = [];
    const current = db;
    const subscription = liveQuery(() => listServices(current)).subscribe((services) => seen.push(services.length));
    await waitFor(() => expect(seen).toContain(0));
    await loadDemo(db, 'fi', NOW);
    await waitFor(() => expect(seen.at(-1)).toBeGreaterThan(0));
    subscription.unsubscribe();
  });
});

describe('hooks on the app database', () => {
  afterEach(async () => {
    // Close both connections but keep auto-open, so the next test reopens a fresh database.
    strictConnection(appDb).close({ disableAutoOpen: false });
    appDb.close({ disableAutoOpen: false });
    await Dexie.delete(appDb.name);
  });

  it('useServices follows writes and skips tombstones', async () => {
    const { result, unmount } = renderHook(() => useServices());
    await waitFor(() => expect(result.current).toEqual([]));
    const id = await createService(appDb, serviceDraft({ name: 'Kätevä' }), NOW);
    await waitFor(() => expect(result.current?.map((s) => s.name)).toEqual(['Kätevä']));
    await deleteService(appDb, id, NOW);
    await waitFor(() => expect(result.current).toEqual([]));
    unmount();
  });

  it('useHasDemo follows the demo marker', async () => {
    const { result, unmount } = renderHook(() => useHasDemo());
    await waitFor(() => expect(result.current).toBe(false));
    await loadDemo(appDb, 'en', NOW);
    await waitFor(() => expect(result.current).toBe(true));
    unmount();
  });

  it('useReviewScreen, rendered from the first read, keeps its review and scale when the database answers the same', async () => {
    // Issue 15: the scoring screen's first render comes from the bare read before Dexie opens; the
    // live queries' first answers must not render the whole item again for the same records.
    const { reviewId } = await serviceWithReview(appDb);
    const [first] = await listRatings(appDb, reviewId);
    appDb.close({ disableAutoOpen: false });
    const records = readStoredReviewScreen(openExistingDatabase(appDb.name), reviewId);
    const read = await reviewScreenFromFirstRead(reviewId, records);
    expect(read).not.toBeNull();
    seedReviewScreen(read!);
    const { result, unmount } = renderHook(() => useReviewScreen(reviewId));
    const shown = result.current;
    expect(shown?.review.id).toBe(reviewId);
    // A score's write: once the screen shows it, the live queries have all answered.
    await setRatingScore(appDb, first!.id, 4, NOW);
    await waitFor(() => expect(result.current?.ratings[0]?.score).toBe(4));
    expect(result.current?.review).toBe(shown?.review);
    expect(result.current?.scale).toBe(shown?.scale);
    unmount();
  });

  it('useStaff, when the service changes, never answers with the previous service’s staff', async () => {
    // A client screen knows its service only once the client is read: the staff of "no service"
    // (none) must read as "still loading", not as "this service has no staff".
    const serviceId = await createService(appDb, serviceDraft(), NOW);
    await createStaff(appDb, serviceId, { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }, NOW);
    const seen: (string[] | undefined)[] = [];
    const { result, rerender, unmount } = renderHook(
      ({ id }) => {
        const staff = useStaff(id);
        seen.push(staff?.map((member) => member.name));
        return staff;
      },
      { initialProps: { id: '' } },
    );
    await waitFor(() => expect(result.current).toEqual([]));
    seen.length = 0;
    rerender({ id: serviceId });
    await waitFor(() => expect(result.current?.map((member) => member.name)).toEqual(['Aino']));
    expect(seen[0]).toBeUndefined();
    expect(seen.filter((names) => names !== undefined && names.length === 0)).toEqual([]);
    unmount();
  });

  it('useCurrentLiveQuery hands a failed query to the screen’s error boundary, and answers with the app database', async () => {
    class Boundary extends Component<{ children: ReactNode }, { message: string | null }> {
      override state = { message: null };
      static getDerivedStateFromError(error: Error) {
        return { message: error.message };
      }
      override render() {
        return this.state.message ? <p>failed: {this.state.message}</p> : this.props.children;
      }
    }
    function Count({ fail }: { fail: boolean }) {
      const count = useCurrentLiveQuery(
        async (database) => {
          if (fail) throw new Error('the disk said no');
          return database.services.count();
        },
        [fail],
      );
      return <p>{count === undefined ? 'loading' : `services: ${count}`}</p>;
    }
    await createService(appDb, serviceDraft(), NOW);
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error too
    try {
      const ok = render(<Count fail={false} />);
      expect(await screen.findByText('services: 1')).toBeTruthy();
      ok.unmount();
      const failing = render(
        <Boundary>
          <Count fail />
        </Boundary>,
      );
      expect(await screen.findByText('failed: the disk said no')).toBeTruthy();
      failing.unmount();
    } finally {
      console.error = quiet;
    }
  });
});
