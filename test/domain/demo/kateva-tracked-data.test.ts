import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseloadCapacity, isEmployedOn } from '../../../src/domain/caseload/capacity';
import { containsIdentityCode } from '../../../src/domain/caseload/identity-code';
import { checkPhaseChange, clientState, type PhaseEvent } from '../../../src/domain/caseload/phases';
import { daysWhere, SNAPSHOT_DAY, TRACKING_START } from '../../../src/domain/demo/kateva-tracked-calendar';
import { buildKatevaTrackedData, type TrackedRecords } from '../../../src/domain/demo/kateva-tracked-data';
import { employerNameKey } from '../../../src/domain/employers/employer-names';
import { AssignmentSchema, ClientSchema, JobSchema, PhaseChangeSchema, StaffSchema } from '../../../src/domain/records/caseload';
import { EmployerContactPersonSchema, EmployerContactSchema, EmployerSchema } from '../../../src/domain/records/employers';

function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

function build(locale: 'fi' | 'en' = 'fi', newId = sequentialIds()): TrackedRecords {
  return buildKatevaTrackedData({ serviceId: 'service-1', newId, locale });
}

const SCHEMAS = {
  staff: StaffSchema,
  employers: EmployerSchema,
  employerContactPeople: EmployerContactPersonSchema,
  clients: ClientSchema,
  phaseChanges: PhaseChangeSchema,
  assignments: AssignmentSchema,
  jobs: JobSchema,
  employerContacts: EmployerContactSchema,
} as const;

function byClient<T extends { clientId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(record.clientId, [...(groups.get(record.clientId) ?? []), record]);
  return groups;
}

const allRecords = (data: TrackedRecords) => Object.values(data).flat() as { id: string; serviceId: string; deletedAt: string | null }[];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('buildKatevaTrackedData', () => {
  it('is deterministic for a given id sequence, and does not read the clock', () => {
    const now = vi.spyOn(Date, 'now');
    expect(build('fi', sequentialIds('x'))).toEqual(build('fi', sequentialIds('x')));
    expect(build('en', sequentialIds('y'))).toEqual(build('en', sequentialIds('y')));
    expect(now).not.toHaveBeenCalled();
  });

  it('writes words in the chosen locale and keeps everything else the same', () => {
    const fi = build('fi');
    const en = build('en');
    expect(fi.jobs.map((j) => j.startDate)).toEqual(en.jobs.map((j) => j.startDate));
    expect(fi.employerContacts.map((c) => c.date)).toEqual(en.employerContacts.map((c) => c.date));
    expect(fi.jobs.map((j) => j.jobType)).toContain('Siivous');
    expect(en.jobs.map((j) => j.jobType)).toContain('Cleaning');
    expect(fi.employers.map((e) => e.name)).toEqual(en.employers.map((e) => e.name));
  });

  it('keeps caseloads within 20 × FTE, except the one specialist who carried 21 for some summer weeks of 2022', () => {
    const data = build();
    const specialists = data.staff.filter((s) => s.role === 'specialist');
    const changesOf = byClient(data.phaseChanges);
    const assignmentsOf = byClient(data.assignments);
    const over: string[] = [];
    for (const day of daysWhere(TRACKING_START, SNAPSHOT_DAY, () => true)) {
      const counts = new Map<string, number>();
      for (const client of data.clients) {
        const changes = (changesOf.get(client.id) ?? []).filter((c) => c.date <= day);
        if (clientState(changes).status !== 'active') continue;
        const staffId = (assignmentsOf.get(client.id) ?? []).filter((a) => a.date <= day).at(-1)?.staffId ?? '';
        counts.set(staffId, (counts.get(staffId) ?? 0) + 1);
      }
      for (const s of specialists) if ((counts.get(s.id) ?? 0) > caseloadCapacity(s.fte)) over.push(`${day} ${s.name} ${counts.get(s.id)}`);
    }
    expect(new Set(over.map((entry) => entry.slice(11)))).toEqual(new Set(['Joonas Rautio 21']));
    expect(over[0]?.slice(0, 7)).toBe('2022-07');
    expect(over.at(-1)?.slice(0, 7)).toBe('2022-08');
  });

  describe.each(['fi', 'en'] as const)('records (%s)', (locale) => {
    const data = build(locale);

    it('pass their schemas, belong to the service and have unique ids', () => {
      for (const [table, schema] of Object.entries(SCHEMAS)) {
        for (const record of data[table as keyof typeof SCHEMAS]) {
          const result = schema.safeParse(record);
          expect(result.success, `${table} ${JSON.stringify(result.error?.issues)}`).toBe(true);
        }
      }
      const records = allRecords(data);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      expect(records.every((r) => r.serviceId === 'service-1' && r.deletedAt === null)).toBe(true);
    });

    it('hold no identity code anywhere and use KAT- client codes', () => {
      const texts = JSON.stringify(data).match(/"[^"]*"/g) ?? [];
      expect(texts.filter((text) => containsIdentityCode(text))).toEqual([]);
      for (const client of data.clients) expect(client.code).toMatch(/^KAT-\d{4}$/);
    });

    it('stay modest and end with the snapshot day', () => {
      expect(data.clients.length).toBeLessThanOrEqual(200);
      expect(data.employerContacts.length).toBeLessThanOrEqual(2000);
      const dated = [...data.phaseChanges, ...data.assignments, ...data.employerContacts].map((r) => r.date);
      dated.push(...data.jobs.flatMap((j) => [j.startDate, j.endDate ?? j.startDate]), ...data.clients.map((c) => c.referralDate));
      expect(dated.filter((date) => date > SNAPSHOT_DAY)).toEqual([]);
      const followUps = data.employerContacts.flatMap((c) => (c.followUpDate ? [c.followUpDate] : []));
      expect(followUps.filter((date) => date > '2022-10-12')).toEqual([]);
      expect(allRecords(data).filter((r) => (r as unknown as { updatedAt: string }).updatedAt > '2022-10-13')).toEqual([]);
    });

    it('give every job an employer of the directory, whose names are unique', () => {
      const keys = data.employers.map((e) => employerNameKey(e.name));
      expect(new Set(keys).size).toBe(keys.length);
      const ids = new Set(data.employers.map((e) => e.id));
      for (const job of data.jobs) expect(ids.has(job.employerId), job.id).toBe(true);
    });

    it('log contacts from the start of tracking, by staff at work, for known clients', () => {
      const clients = new Map(data.clients.map((c) => [c.id, c]));
      const staff = new Map(data.staff.map((s) => [s.id, s]));
      const employers = new Set(data.employers.map((e) => e.id));
      for (const contact of data.employerContacts) {
        expect(contact.date >= TRACKING_START).toBe(true);
        const member = staff.get(contact.staffId);
        expect(member?.role).toBe('specialist');
        expect(member && isEmployedOn(member, contact.date)).toBe(true);
        expect(employers.has(contact.employerId)).toBe(true);
        for (const clientId of contact.clientIds) expect((clients.get(clientId)?.startDate ?? '9999') <= contact.date).toBe(true);
      }
      expect(data.employerContacts.some((c) => c.mode !== 'face-to-face')).toBe(true);
    });

    it('record every client history in an order the app itself accepts', () => {
      for (const client of data.clients) {
        const events: PhaseEvent[] = [];
        for (const change of data.phaseChanges.filter((c) => c.clientId === client.id)) {
          const request = { kind: change.kind, date: change.date, phase: change.phase, closureReason: change.closureReason };
          expect(checkPhaseChange(client, events, request, SNAPSHOT_DAY), `${client.code} ${change.date}`).toBeNull();
          events.push({ ...request, createdAt: change.createdAt });
        }
        const assignments = data.assignments.filter((a) => a.clientId === client.id);
        assignments.forEach((assignment, index) => {
          const member = data.staff.find((s) => s.id === assignment.staffId);
          expect(member && isEmployedOn(member, assignment.date)).toBe(true);
          const before = assignments[index - 1];
          if (before) expect(before.date <= assignment.date && before.staffId !== assignment.staffId).toBe(true);
        });
        for (const job of data.jobs.filter((j) => j.clientId === client.id))
          expect((client.startDate ?? '9999') <= job.startDate).toBe(true);
      }
    });
  });
});
