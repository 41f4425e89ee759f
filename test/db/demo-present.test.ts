import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { loadServiceCaseload } from '../../src/db/caseload-queries';
import { loadDemo } from '../../src/db/repos/demo';
import { specialistCaseloads } from '../../src/domain/caseload/summary';
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

  it('goes on after the later review: phases change, jobs start and end, and caseloads stay within their limits', async () => {
    const [serviceId = ''] = await loadDemo(db, 'fi', LOADED);
    const later = (await db.reviews.toArray()).map((r) => r.lastDay).reduce((a, b) => (b > a ? b : a));
    const changes = await db.phaseChanges.toArray();
    const lastChange = changes.map((c) => c.date).reduce((a, b) => (b > a ? b : a));
    expect(lastChange <= TODAY && daysBetween(lastChange, TODAY) <= 7).toBe(true);
    // Not one client: the month before today shows many clients' paths moving on.
    expect(new Set(changes.filter((c) => daysBetween(c.date, TODAY) < 30).map((c) => c.clientId)).size).toBeGreaterThanOrEqual(10);
    const jobs = await db.jobs.toArray();
    const started = jobs.filter((j) => j.startDate > later && j.startDate <= TODAY);
    const ended = jobs.filter((j) => (j.endDate ?? '') > later);
    expect(started.length).toBeGreaterThanOrEqual(4);
    expect(ended.every((j) => (j.endDate ?? '') <= TODAY) && ended.length > 0).toBe(true);

    const { staff, rows } = await loadServiceCaseload(db, serviceId);
    const loads = specialistCaseloads(staff, rows, TODAY);
    expect(loads.length).toBe(5);
    for (const load of loads) expect(load.active).toBeLessThanOrEqual(load.capacity);
    // Within a few of the limit, as the review's notes describe a full but not overfull team.
    expect(loads.reduce((sum, load) => sum + load.active, 0)).toBeGreaterThan(80);
  });
});
