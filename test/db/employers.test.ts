import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { loadClientContacts, loadEmployerHistory, loadMyWeek, loadTeamWeeks, listEmployers } from '../../src/db/employer-queries';
import { RecordNotFoundError, ValidationError } from '../../src/db/errors';
import { createClient } from '../../src/db/repos/caseload-clients';
import { addJob } from '../../src/db/repos/caseload-jobs';
import { createStaff } from '../../src/db/repos/caseload-staff';
import { createContact, deleteContact, updateContact } from '../../src/db/repos/employer-contacts';
import { addContactPerson, createEmployer, DuplicateEmployerError, mergeEmployers } from '../../src/db/repos/employers';
import { createService, deleteService } from '../../src/db/repos/services';
import { weeklyFaceToFaceCounts } from '../../src/domain/employers/contact-rules';
import type { EmployerContactDraft } from '../../src/domain/records/employers';
import { dropDb, freshDb, NOW, serviceDraft, jobEmployer } from './helpers';

let db: FidelioDb;
let serviceId: string;
let aino: string;
let pekka: string;
let cafe: string;
let clientId: string;

const employer = (name: string) => ({ name, sector: 'Ravintola', area: 'Keskusta', notes: '' });
const contact = (overrides: Partial<EmployerContactDraft> = {}): EmployerContactDraft => ({
  date: '2025-03-10',
  staffId: aino,
  employerId: cafe,
  contactPersonId: null,
  mode: 'face-to-face',
  clientIds: [],
  purpose: 'learn-needs',
  outcome: '',
  nextStep: '',
  followUpDate: null,
  notes: '',
  ...overrides,
});

beforeEach(async () => {
  db = freshDb();
  serviceId = await createService(db, serviceDraft(), NOW);
  aino = await createStaff(db, serviceId, { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null }, NOW);
  pekka = await createStaff(db, serviceId, { name: 'Pekka', role: 'specialist', fte: 0.5, startDate: '2024-01-01', endDate: null }, NOW);
  cafe = await createEmployer(db, serviceId, employer('Kahvila Ääni'), NOW);
  clientId = await createClient(
    db,
    serviceId,
    {
      draft: { code: 'KÄT-001', referralDate: '2025-01-02', referralSource: 'default:employment-trial', notes: '' },
      start: { date: '2025-03-01', phase: 1 },
      specialistId: aino,
    },
    NOW,
  );
});
afterEach(async () => dropDb(db));

describe('employers', () => {
  it('refuses a duplicate name (case, spaces, Unicode) and merges a duplicate with its contacts and people', async () => {
    await expect(createEmployer(db, serviceId, employer('  kahvila  A\u0308a\u0308ni '), NOW)).rejects.toBeInstanceOf(
      DuplicateEmployerError,
    );
    expect(await db.employers.count()).toBe(1);
    // A duplicate that slipped in (e.g. restored from another device) is merged, not lost.
    const dup = crypto.randomUUID();
    await db.employers.add({
      id: dup,
      serviceId,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      deletedAt: null,
      mergedInto: null,
      name: 'KAHVILA ÄÄNI',
      sector: '',
      area: '',
      notes: 'Avoin ma–pe',
    });
    const person = await addContactPerson(db, dup, { name: 'Liisa', role: 'Esihenkilö' }, NOW);
    const moved = await createContact(db, serviceId, contact({ employerId: dup, contactPersonId: person, date: '2025-03-11' }), NOW);
    await createContact(db, serviceId, contact({ date: '2025-03-10' }), NOW);
    await mergeEmployers(db, cafe, dup, NOW);
    const { employers, people } = await listEmployers(db, serviceId);
    expect(employers.map((e) => e.id)).toEqual([cafe]);
    expect(employers[0]?.notes).toBe('Avoin ma–pe');
    expect(people.map((p) => p.employerId)).toEqual([cafe]);
    expect((await db.employers.get(dup))?.mergedInto).toBe(cafe);
    const history = await loadEmployerHistory(db, cafe);
    expect(history?.contacts.map((c) => c.id)[0]).toBe(moved);
    expect(history?.visits.get(moved)).toBe(2);
  });
});

describe('contacts', () => {
  it('saves nothing when a link is wrong or the follow-up is before the contact', async () => {
    await expect(createContact(db, serviceId, contact({ followUpDate: '2025-03-09' }), NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(createContact(db, serviceId, contact({ clientIds: ['nobody'] }), NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    const other = await createService(db, serviceDraft({ name: 'Toinen' }), NOW);
    await expect(createContact(db, other, contact(), NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.employerContacts.count()).toBe(0);
  });

  it('builds my week with visit numbers and open follow-ups, and the team’s weekly counts', async () => {
    const first = await createContact(db, serviceId, contact({ date: '2025-03-03', followUpDate: '2025-03-07' }), NOW); // overdue, no later contact yet
    const library = await createEmployer(db, serviceId, employer('Kirjasto'), NOW);
    const phone = await createContact(
      db,
      serviceId,
      contact({ date: '2025-03-09', mode: 'phone', employerId: library, followUpDate: '2025-03-12' }),
      NOW,
    );
    const visit = await createContact(db, serviceId, contact({ date: '2025-03-11', clientIds: [clientId] }), NOW);
    await createContact(
      db,
      serviceId,
      contact({ date: '2025-03-16', staffId: pekka, employerId: await createEmployer(db, serviceId, employer('Sairaala'), NOW) }),
      NOW,
    ); // Sunday
    await createContact(db, serviceId, contact({ date: '2025-03-17', staffId: pekka, employerId: library }), NOW); // next Monday
    const week = await loadMyWeek(db, aino, '2025-03-12');
    expect(week.week.key).toBe('2025-W11');
    expect(week.contacts.map((c) => c.id)).toEqual([visit]);
    expect(week.visits.get(visit)).toBe(2); // the café's second contact, after 3 March
    // The first's follow-up was met by the 11 March visit; the library's has no later contact by the
    // end of this week (Pekka's 17 March contact closes it, seen from the next week).
    expect(week.followUps.map((c) => c.id)).toEqual([phone]);
    expect((await loadMyWeek(db, aino, '2025-03-19')).followUps).toEqual([]);
    expect(week.recentEmployerIds[0]).toBe(cafe);
    await deleteContact(db, visit, NOW);
    expect((await loadMyWeek(db, aino, '2025-03-12')).followUps.map((c) => c.id)).toEqual([first, phone]);

    const team = await loadTeamWeeks(db, serviceId, '2025-03-12');
    expect(team.weeks.at(-1)?.key).toBe('2025-W11');
    const counts = weeklyFaceToFaceCounts(
      team.contacts,
      team.specialists.map((s) => s.id),
      team.weeks,
    );
    expect(counts.get(aino)?.slice(-2)).toEqual([1, 0]);
    expect(counts.get(pekka)?.slice(-2)).toEqual([0, 1]);
  });

  it('gives a client’s contacts and the days to their first face-to-face one; edits and service deletion', async () => {
    await createContact(db, serviceId, contact({ date: '2025-03-05', mode: 'email', clientIds: [clientId] }), NOW);
    const id = await createContact(db, serviceId, contact({ date: '2025-03-20', clientIds: [clientId] }), NOW);
    let result = await loadClientContacts(db, clientId, '2025-04-01');
    expect(result?.contacts).toHaveLength(2);
    expect(result?.firstContact).toEqual({ date: '2025-03-20', days: 19 });
    await addJob(
      db,
      clientId,
      {
        employerId: await jobEmployer(db, clientId, 'kahvila ääni'),
        competitiveAnswers: null,
        title: 'Kokki',
        jobType: 'Ravintola',
        startDate: '2025-03-15',
        endDate: null,
        hoursPerWeek: 20,
        competitive: true,
        paySubsidy: false,
      },
      NOW,
    );
    result = await loadClientContacts(db, clientId, '2025-04-01');
    expect(result?.firstContact).toEqual({ date: '2025-03-15', days: 14 });
    expect((await loadEmployerHistory(db, cafe))?.jobs.map((j) => j.title)).toEqual(['Kokki']);
    await updateContact(db, id, contact({ date: '2025-03-20', clientIds: [] }), NOW);
    expect((await loadClientContacts(db, clientId, '2025-04-01'))?.contacts).toHaveLength(1);
    await deleteService(db, serviceId, NOW);
    expect((await db.employerContacts.toArray()).every((c) => c.deletedAt !== null)).toBe(true);
    expect((await db.employers.toArray()).every((c) => c.deletedAt !== null)).toBe(true);
  });
});

describe('who the team week counts', () => {
  it('leaves out team leaders, staff with no client work and staff who left before the 12 weeks', async () => {
    await createStaff(db, serviceId, { name: 'Leena', role: 'team-leader', fte: 0.2, startDate: '2024-01-01', endDate: null }, NOW);
    await createStaff(db, serviceId, { name: 'Nolla', role: 'specialist', fte: 0, startDate: '2024-01-01', endDate: null }, NOW);
    await createStaff(db, serviceId, { name: 'Lähtenyt', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: '2024-06-30' }, NOW);
    const team = await loadTeamWeeks(db, serviceId, '2025-03-12');
    expect(team.specialists.map((s) => s.name)).toEqual(['Aino', 'Pekka']);
  });
});
