import { describe, expect, it } from 'vitest';
import { caseloadCapacity, isEmployedOn } from '../../../src/domain/caseload/capacity';
import { checkPhaseChange, clientState, type PhaseEvent } from '../../../src/domain/caseload/phases';
import { addDays, daysBetween } from '../../../src/domain/dates';
import { BASE_PRESENT } from '../../../src/domain/demo/demo-present';
import { daysWhere, SNAPSHOT_DAY } from '../../../src/domain/demo/kateva-tracked-calendar';
import { buildKatevaTrackedData, type TrackedRecords } from '../../../src/domain/demo/kateva-tracked-data';

/*
 * The demo after its 2022 review (issue 15: the demo lives in the present). The demo's present on
 * its own calendar is BASE_PRESENT plus 0–6 days, whatever today is (demo-present.ts), so these
 * "todays" cover every present the demo can have.
 */
const PRESENTS = [BASE_PRESENT, addDays(BASE_PRESENT, 3), addDays(BASE_PRESENT, 6)];

function build(historyEnd?: string): TrackedRecords {
  let next = 0;
  return buildKatevaTrackedData({ serviceId: 'service-1', newId: () => `id-${++next}`, locale: 'fi', historyEnd });
}

function byClient<T extends { clientId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(record.clientId, [...(groups.get(record.clientId) ?? []), record]);
  return groups;
}

const latest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a), '');

describe.each(PRESENTS)('the demo after its later review, up to %s', (present) => {
  const data = build(present);
  const codeOf = new Map(data.clients.map((c) => [c.id, c.code]));

  it('has clients moving through the phases up to the last days', () => {
    const recent = data.phaseChanges.filter((c) => c.date > addDays(present, -30));
    expect(daysBetween(latest(data.phaseChanges.map((c) => c.date)), present)).toBeLessThanOrEqual(7);
    // Many clients, not one: starts, moves on, job agreements and closures in the last month.
    expect(new Set(recent.map((c) => c.clientId)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(recent.map((c) => c.kind))).toEqual(new Set(['move', 'close']));
    expect(new Set(recent.flatMap((c) => (c.phase === null ? [] : [c.phase])))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('has jobs starting and ending after the review, the latest within the last weeks', () => {
    const started = data.jobs.filter((j) => j.startDate > SNAPSHOT_DAY);
    const ended = data.jobs.filter((j) => (j.endDate ?? '') > SNAPSHOT_DAY);
    expect(started.length).toBeGreaterThanOrEqual(4);
    expect(ended.length).toBe(2);
    expect(daysBetween(latest([...started.map((j) => j.startDate), ...ended.map((j) => j.endDate ?? '')]), present)).toBeLessThanOrEqual(
      14,
    );
    expect(started.every((j) => j.competitive)).toBe(true);
  });

  it('dates nothing after the present but follow-ups, and no job before its client started', () => {
    const dated = [...data.phaseChanges, ...data.assignments, ...data.employerContacts].map((r) => r.date);
    dated.push(...data.jobs.flatMap((j) => [j.startDate, j.endDate ?? j.startDate]));
    dated.push(...data.clients.flatMap((c) => [c.referralDate, c.startDate ?? c.referralDate]));
    expect(dated.filter((date) => date > present)).toEqual([]);
    const all = Object.values(data).flat() as { createdAt: string; updatedAt: string }[];
    expect(all.filter((r) => r.createdAt.slice(0, 10) > present || r.updatedAt.slice(0, 10) > present)).toEqual([]);
    const clients = new Map(data.clients.map((c) => [c.id, c]));
    for (const job of data.jobs) {
      const client = clients.get(job.clientId);
      expect((client?.referralDate ?? '9999') <= job.startDate, job.id).toBe(true);
      expect((client?.startDate ?? '9999') <= job.startDate, job.id).toBe(true);
    }
  });

  it('records every client history in an order the app itself accepts, jobs agreeing with phases', () => {
    const changesOf = byClient(data.phaseChanges);
    for (const client of data.clients) {
      const events: PhaseEvent[] = [];
      for (const change of changesOf.get(client.id) ?? []) {
        const request = { kind: change.kind, date: change.date, phase: change.phase, closureReason: change.closureReason };
        expect(checkPhaseChange(client, events, request, present), `${client.code} ${change.date}`).toBeNull();
        events.push({ ...request, createdAt: change.createdAt });
      }
      // A client who started has a phase-1 entry on the start day; one who has not, none at all.
      const first = changesOf.get(client.id)?.[0];
      expect(first?.date ?? null, client.code).toBe(client.startDate);
    }
    // A job started after the review follows a phase-4 entry ("job agreed") before its start.
    for (const job of data.jobs.filter((j) => j.startDate > SNAPSHOT_DAY)) {
      const before = (changesOf.get(job.clientId) ?? []).filter((c) => c.date <= job.startDate).at(-1);
      expect(before?.phase, codeOf.get(job.clientId)).toBe(4);
    }
  });

  it('keeps every specialist within 20 × FTE on every day after the review', () => {
    const changesOf = byClient(data.phaseChanges);
    const assignmentsOf = byClient(data.assignments);
    const specialists = data.staff.filter((s) => s.role === 'specialist');
    for (const day of daysWhere(addDays(SNAPSHOT_DAY, 1), present, () => true)) {
      const counts = new Map<string, number>();
      for (const client of data.clients) {
        if (clientState((changesOf.get(client.id) ?? []).filter((c) => c.date <= day)).status !== 'active') continue;
        const staffId = (assignmentsOf.get(client.id) ?? []).filter((a) => a.date <= day).at(-1)?.staffId ?? '';
        counts.set(staffId, (counts.get(staffId) ?? 0) + 1);
      }
      for (const s of specialists) expect(counts.get(s.id) ?? 0, `${day} ${s.name}`).toBeLessThanOrEqual(caseloadCapacity(s.fte));
      // Every active client has a specialist employed that day.
      expect(counts.has('')).toBe(false);
      for (const staffId of counts.keys()) {
        const member = data.staff.find((s) => s.id === staffId);
        expect(member && isEmployedOn(member, day)).toBe(true);
      }
    }
  });

  it('has new referrals, the latest still waiting for a few days only', () => {
    const waiting = data.clients.filter((c) => c.startDate === null && !data.phaseChanges.some((p) => p.clientId === c.id));
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...waiting.map((c) => daysBetween(c.referralDate, present)))).toBeLessThanOrEqual(21);
    expect(data.clients.filter((c) => c.referralDate > SNAPSHOT_DAY).length).toBeGreaterThanOrEqual(5);
    // On the shifted calendar the demo's referrals fall in today's structure (TE24): today's
    // referral sources, never the retired TE office or municipal employment trial.
    expect(data.clients.filter((c) => /employment-trial|employment-services/.test(c.referralSource))).toEqual([]);
    expect(new Set(data.clients.map((c) => c.referralSource))).toContain('default:employment-area');
  });

  it('leaves the history behind the two reviews exactly as it was', () => {
    const atReview = build();
    const codes = new Map(atReview.clients.map((c) => [c.id, c.code]));
    const upTo = (d: TrackedRecords, ids: Map<string, string>) => ({
      changes: d.phaseChanges.filter((c) => c.date <= SNAPSHOT_DAY).map((c) => `${ids.get(c.clientId)} ${c.date} ${c.kind} ${c.phase}`),
      assignments: d.assignments.filter((a) => a.date <= SNAPSHOT_DAY).map((a) => `${ids.get(a.clientId)} ${a.date} ${a.staffId}`),
      jobs: d.jobs.filter((j) => j.startDate <= SNAPSHOT_DAY).map((j) => `${ids.get(j.clientId)} ${j.startDate} ${j.jobType}`),
      contacts: d.employerContacts.filter((c) => c.date <= SNAPSHOT_DAY).length,
      referrals: d.clients.filter((c) => c.referralDate <= SNAPSHOT_DAY).map((c) => `${c.code} ${c.referralDate}`),
    });
    const staffIds = (d: TrackedRecords) => new Map(d.staff.map((s) => [s.id, s.name]));
    const named = (d: TrackedRecords, ids: Map<string, string>) => {
      const names = staffIds(d);
      const view = upTo(d, ids);
      return { ...view, assignments: view.assignments.map((a) => a.replace(/\S+$/, (id) => names.get(id) ?? id)) };
    };
    expect(named(data, codeOf)).toEqual(named(atReview, codes));
  });
});

it('is the same story for every present, only cut at a different day', () => {
  const [early, late] = [build(PRESENTS[0]), build(PRESENTS[2])];
  const describe = (d: TrackedRecords, until: string) => {
    const codes = new Map(d.clients.map((c) => [c.id, c.code]));
    return d.phaseChanges.filter((c) => c.date <= until).map((c) => `${codes.get(c.clientId)} ${c.date} ${c.kind} ${c.phase}`);
  };
  expect(describe(late, PRESENTS[0] ?? '')).toEqual(describe(early, PRESENTS[0] ?? ''));
});
