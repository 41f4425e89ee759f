import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { db } from '../../../src/db/app-db';
import { createClient } from '../../../src/db/repos/caseload-clients';
import { addJob } from '../../../src/db/repos/caseload-jobs';
import { createStaff } from '../../../src/db/repos/caseload-staff';
import { createService } from '../../../src/db/repos/services';
import { toIsoDate } from '../../../src/domain/dates';
import { lastQuarters } from '../../../src/domain/evidence/quarters';
import { OutcomesChart } from '../../../src/features/outcomes/outcomes-chart';
import { OutcomesScreen } from '../../../src/features/outcomes/outcomes-screen';
import { jobEmployer } from '../../db/helpers';
import { renderScreen } from '../../render';
import { serviceDraft } from '../../fixtures/records';
import { withEmptyAppDb } from '../../fixtures/app-db';

const TODAY = toIsoDate(new Date());
let serviceId: string;
withEmptyAppDb();
beforeEach(async () => {
  serviceId = await createService(db, serviceDraft(), new Date());
});

describe('the outcomes screen', () => {
  it('says what to do when the service keeps no clients in Fidelio', async () => {
    await renderScreen(<OutcomesScreen serviceId={serviceId} />);
    expect(await screen.findByTestId('outcomes-empty')).toHaveTextContent('asiakasmäärät-näkymässä');
  });

  it('shows served, working, the rate and job starts for the last eight quarters', async () => {
    const coach = await createStaff(
      db,
      serviceId,
      { name: 'Aino', role: 'specialist', fte: 1, startDate: '2020-01-01', endDate: null },
      new Date(),
    );
    const start = lastQuarters(TODAY, 1)[0]!.from;
    const ids = [];
    for (const code of ['A-1', 'A-2', 'A-3', 'A-4']) {
      ids.push(
        await createClient(
          db,
          serviceId,
          {
            draft: { code, referralDate: start, referralSource: 'default:typ', notes: '' },
            start: { date: start, phase: 1 },
            specialistId: coach,
          },
          new Date(),
        ),
      );
    }
    await addJob(
      db,
      ids[0]!,
      {
        employerId: await jobEmployer(db, ids[0]!, 'Posti'),
        competitiveAnswers: null,
        title: 'Jakaja',
        jobType: 'jakelu',
        startDate: start,
        endDate: null,
        hoursPerWeek: 20,
        competitive: true,
        paySubsidy: false,
      },
      new Date(),
    );
    await renderScreen(<OutcomesScreen serviceId={serviceId} />);
    const table = await screen.findByTestId('outcomes-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(9);
    const current = rows.at(-1)!;
    expect(
      within(current)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '1', '25 % *', '1', '1']);
    expect(screen.getByText(/suuntaa antava/)).toBeInTheDocument();
  });

  it('draws the chart with both series', () => {
    const rows = lastQuarters('2026-11-22', 2).map((quarter, index) => ({
      quarter,
      served: 10,
      working: index + 3,
      rate: (index + 3) / 10,
      all: index,
      first: index,
    }));
    const { container } = render(<OutcomesChart rows={rows} width={600} />);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    expect(container.querySelector('.recharts-line')).not.toBeNull();
  });
});
