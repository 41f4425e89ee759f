import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { loadServiceCaseload } from '../../src/db/caseload-queries';
import { loadDemo } from '../../src/db/repos/demo';
import { daysBetween } from '../../src/domain/dates';
import { dropDb, freshDb } from './helpers';

// A fixed "today" passed in as the moment the demo is loaded (a Sunday).
const TODAY = '2026-12-06';
const LOADED = new Date(`${TODAY}T09:00:00.000Z`);

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

describe('the demo lives in the present (issue 15)', () => {
  it('has its two reviews a year apart, the later finished about a month before the day it is loaded', async () => {
    await loadDemo(db, 'fi', LOADED);
    const reviews = (await db.reviews.toArray()).sort((a, b) => a.firstDay.localeCompare(b.firstDay));
    expect(reviews).toHaveLength(2);
    const [earlier, later] = reviews;
    expect(daysBetween(earlier?.firstDay ?? '', later?.firstDay ?? '')).toBe(364);
    const finishedAgo = daysBetween((later?.finalisedAt ?? '').slice(0, 10), TODAY);
    expect(finishedAgo).toBeGreaterThanOrEqual(28);
    expect(finishedAgo).toBeLessThanOrEqual(37);
    // The scores are the demo's own: 83 and then 91.
    for (const [review, total] of [
      [earlier, 83],
      [later, 91],
    ] as const) {
      const ratings = await db.ratings
        .where('reviewId')
        .equals(review?.id ?? '')
        .toArray();
      expect(ratings.reduce((sum, r) => sum + ('score' in r && r.score !== null ? r.score : 0), 0)).toBe(total);
    }
  });

  it('tracks contacts up to today on working days, and nothing is dated after today but follow-ups', async () => {
    const [serviceId = ''] = await loadDemo(db, 'fi', LOADED);
    const contacts = (await db.employerContacts.toArray()).flatMap((c) => ('date' in c ? [c] : []));
    const last = contacts.map((c) => c.date).reduce((a, b) => (b > a ? b : a));
    expect(last <= TODAY).toBe(true);
    expect(daysBetween(last, TODAY)).toBeLessThanOrEqual(3); // the last working day before a Sunday
    // This week (Mon 30 Nov – Sun 6 Dec) the team is at work: not a week of zeros.
    expect(contacts.filter((c) => c.date >= '2026-11-30' && c.mode === 'face-to-face').length).toBeGreaterThan(10);
    // Weekdays stay weekdays: no contact on a Saturday or Sunday.
    expect(contacts.filter((c) => [0, 6].includes(new Date(`${c.date}T12:00:00Z`).getUTCDay()))).toEqual([]);
    expect(contacts.some((c) => (c.followUpDate ?? '') > TODAY)).toBe(true);

    const { rows } = await loadServiceCaseload(db, serviceId);
    const waiting = rows.filter((row) => row.state.status === 'waiting');
    expect(waiting.length).toBeGreaterThan(0);
    // Nobody has waited years: the longest wait is a couple of months.
    expect(Math.max(...waiting.map((row) => daysBetween(row.referralDate, TODAY)))).toBeLessThan(120);
    expect(rows.every((row) => row.referralDate <= TODAY && (row.state.since ?? '') <= TODAY)).toBe(true);
  });
});
