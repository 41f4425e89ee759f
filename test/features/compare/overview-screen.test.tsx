import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { db } from '../../../src/db/app-db';
import { loadDemo } from '../../../src/db/repos/demo';
import { createReview } from '../../../src/db/repos/reviews';
import { createService } from '../../../src/db/repos/services';
import { OverviewScreen } from '../../../src/features/compare/overview-screen';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { addDays, addMonths } from '../../../src/domain/dates';
import { demoDay } from '../../demo-dates';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2023-01-10T09:00:00.000Z');

withEmptyAppDb();
afterEach(async () => {
  vi.useRealTimers();
});

/** The overview reads today's date; only Date is faked so IndexedDB's timers keep running. */
function today(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${iso}T12:00:00`));
}

async function rows() {
  const table = await screen.findByTestId('overview-table');
  return within(table).getAllByTestId('overview-row');
}

describe('the overview of all services', () => {
  it('shows the latest total, the change and the next review six months after the visit', async () => {
    await loadDemo(db, 'fi', NOW);
    // Six months after the later demo review's last visit day, wherever the demo's present put it.
    const due = addMonths(demoDay('2022-10-12', NOW), 6);
    today(addDays(due, -2));
    await renderScreen(<OverviewScreen />);
    const [kateva] = await rows();
    expect(within(kateva!).getByRole('rowheader')).toHaveTextContent('Työvalmennuspalvelu Kätevä');
    expect(kateva).toHaveTextContent('91');
    expect(kateva).toHaveTextContent('kohtalainen');
    expect(kateva).toHaveTextContent('+8');
    expect(within(kateva!).getByTestId('next-due')).toHaveTextContent(due.split('-').map(Number).reverse().join('.'));
    expect(within(kateva!).getByTestId('due-status')).toHaveTextContent('2 päivän kuluttua');
    expect(within(kateva!).getByRole('link', { name: /Vertaa kierroksia/ })).toHaveAttribute('href', expect.stringMatching(/\/compare$/));
  });

  it('puts overdue services first and marks them in words, in English too', async () => {
    await createService(db, serviceDraft({ name: 'Aaltoranta' }), NOW);
    const [demoId] = await loadDemo(db, 'en', NOW);
    const overdueFrom = addMonths(demoDay('2022-10-12', NOW), 6);
    await createReview(db, demoId!, reviewDraft({ firstDay: addDays(overdueFrom, 20), lastDay: addDays(overdueFrom, 20) }), NOW);
    today(addDays(overdueFrom, 21));
    await renderScreen(<OverviewScreen />, { locale: 'en' });
    const [first, second] = await rows();
    expect(first).toHaveTextContent('Kätevä');
    expect(within(first!).getByTestId('due-status')).toHaveTextContent('Overdue by 21 days');
    expect(first).toHaveTextContent('Review in progress');
    expect(first).toHaveClass('is-overdue');
    expect(second).toHaveTextContent('Aaltoranta');
    expect(second).toHaveTextContent('No final review');
  });

  it('says when there are no services', async () => {
    await renderScreen(<OverviewScreen />);
    expect(await screen.findByText('Palveluita ei ole vielä lisätty.')).toBeInTheDocument();
  });
});
