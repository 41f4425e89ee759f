import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/app-db';
import { EMPLOYERS_FROM_JOBS_KEY, type EmployersFromJobsNotice } from '../../../src/db/link-job-employers';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { addJob } from '../../../src/db/repos/caseload-jobs';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createEmployer } from '../../../src/db/repos/employers';
import { createService } from '../../../src/db/repos/services';
import { EmployersScreen } from '../../../src/features/contacts/employers-screen';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

/*
 * Issue 15: the employers the upgrade created from jobs' employer names are listed on the
 * employers screen for the team leader, each linking to the employer, with a merge into an
 * existing one and a way to mark it checked.
 */
let serviceId: string;
let kept: string;
let typo: string;
let cafe: string;
let jobId: string;

const employer = (name: string) => ({ name, sector: '', area: '', notes: '' });

withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
  const staffId = await createStaff(
    db,
    serviceId,
    { name: 'Aino', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
    new Date(),
  );
  kept = await createEmployer(db, serviceId, employer('Rautakauppa Oy'), new Date());
  typo = await createEmployer(db, serviceId, employer('Rautakaupa Oy'), new Date());
  cafe = await createEmployer(db, serviceId, employer('Kahvila Kulma'), new Date());
  const clientId = await createClient(
    db,
    serviceId,
    {
      draft: { code: 'KAT-001', referralDate: '2024-12-02', referralSource: 'default:typ', notes: '' },
      start: { date: '2025-01-02', phase: 1 },
      specialistId: staffId,
    },
    new Date(),
  );
  jobId = await addJob(
    db,
    clientId,
    {
      employerId: typo,
      competitiveAnswers: null,
      title: 'Myyjä',
      jobType: 'Kauppa',
      startDate: '2025-02-03',
      endDate: null,
      hoursPerWeek: 20,
      competitive: true,
      paySubsidy: false,
    },
    new Date(),
  );
  const notice: EmployersFromJobsNotice = {
    linkedAt: new Date().toISOString(),
    matched: 0,
    created: [
      { serviceId, employerId: typo, name: 'Rautakaupa Oy' },
      { serviceId, employerId: cafe, name: 'Kahvila Kulma' },
    ],
    dismissedAt: null,
  };
  await db.meta.put({ key: EMPLOYERS_FROM_JOBS_KEY, value: notice });
});

describe('employers created from jobs’ names', () => {
  it('lists them for checking, merges a typo into the right employer with its job, and keeps a checked one', async () => {
    await renderScreen(<EmployersScreen serviceId={serviceId} />);
    const notice = await screen.findByTestId('employers-from-jobs');
    expect(within(notice).getByRole('heading', { name: 'Töiden työnantajanimistä luodut työnantajat' })).toBeTruthy();
    const items = within(notice).getAllByTestId('employer-from-jobs');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['Kahvila Kulma', 'Rautakaupa Oy']);
    expect(within(notice).getByRole('link', { name: 'Rautakaupa Oy' }).getAttribute('href')).toBe(`/employers/${typo}`);

    // Merging asks for the employer to merge into first.
    const merge = within(notice).getByRole('button', { name: 'Yhdistä Rautakaupa Oy' });
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(within(notice).getByLabelText('Työnantaja, johon Rautakaupa Oy yhdistetään'), 'Rautakauppa Oy');
    await userEvent.click(merge);
    expect(await screen.findByText(/siirtyvät työnantajalle Rautakauppa Oy/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yhdistä' }));
    await waitFor(() => expect(within(notice).queryByRole('link', { name: 'Rautakaupa Oy' })).toBeNull());
    expect((await db.jobs.get(jobId))?.employerId).toBe(kept);
    expect((await db.employers.get(typo))?.mergedInto).toBe(kept);

    // The café is right as it is: marked checked, it leaves the list, and the notice goes with the last one.
    await userEvent.click(within(notice).getByRole('button', { name: 'Tarkistettu, Kahvila Kulma säilyy' }));
    await waitFor(() => expect(screen.queryByTestId('employers-from-jobs')).toBeNull());
    expect((await db.employers.get(cafe))?.deletedAt).toBeNull();
    expect(screen.getByTestId('employer-table').textContent).toContain('Kahvila Kulma');
  });

  it('speaks English too', async () => {
    await renderScreen(<EmployersScreen serviceId={serviceId} />, { locale: 'en' });
    const notice = await screen.findByTestId('employers-from-jobs');
    expect(within(notice).getByText(/Check them for duplicates or typos/)).toBeTruthy();
    expect(within(notice).getByRole('button', { name: 'Checked, keep Kahvila Kulma' })).toBeTruthy();
  });

  it('shows nothing when no employer was created from jobs', async () => {
    await db.meta.delete(EMPLOYERS_FROM_JOBS_KEY);
    await renderScreen(<EmployersScreen serviceId={serviceId} />);
    await screen.findByTestId('employer-table');
    expect(screen.queryByTestId('employers-from-jobs')).toBeNull();
  });
});
