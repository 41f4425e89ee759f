import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FidelioDb } from '../../src/db/app-db';
import { loadServiceCaseload } from '../../src/db/caseload-queries';
import { loadEmployerHistory } from '../../src/db/employer-queries';
import { loadEvidenceInput } from '../../src/db/evidence-queries';
import { loadDemo, removeDemo } from '../../src/db/repos/demo';
import { caseloadCapacity, isActiveOn } from '../../src/domain/caseload/capacity';
import { computeEvidence } from '../../src/domain/evidence/compute-evidence';
import type { EvidenceByItem } from '../../src/domain/evidence/evidence-input';
import { addDays, toIsoDate } from '../../src/domain/dates';
import { demoPresent } from '../../src/domain/demo/demo-present';
import { NOW, dropDb, freshDb } from './helpers';

// The demo lives in the present (issue 15): loaded on NOW, its 2021–22 history moves forward by
// whole weeks. `at` is where a day of that history lands.
const { offsetDays } = demoPresent(toIsoDate(NOW));
const at = (historicDay: string) => addDays(historicDay, offsetDays);

let db: FidelioDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

/** Each item's figure rounded to one decimal, with its basis and suggestion. */
function figures(evidence: EvidenceByItem) {
  return Object.fromEntries(
    Object.entries(evidence).map(([item, e]) => [item, [Math.round(e.value * 10) / 10, e.basis, e.suggestedScore]]),
  );
}

async function demoEvidence(locale: 'fi' | 'en', period: { from: string; to: string }) {
  const [serviceId] = await loadDemo(db, locale, NOW);
  return computeEvidence(await loadEvidenceInput(db, serviceId ?? ''), period);
}

// The 2022 review's figures under evidence rules version 2: value to one decimal, basis, suggested
// score. services-6: about four a week over the specialists' working days, and the demo's monthly
// log review caps each score at 4; services-10: the 30 jobs current on the period's last day, five
// of them pay-subsidised places set aside for the target group, as the reviewer's notes say.
const FIGURES_2022 = {
  'staffing-1': [18.3, 88, 5],
  'services-4': [42, 63, 4],
  'services-6': [4.2, 5, 3],
  'services-8': [77.4, 31, 4],
  'services-9': [80.6, 31, 4],
  'services-10': [83.3, 30, 3],
};

// Loading the demo writes about 2,400 records, which takes a few seconds in fake-indexeddb on a busy machine.
describe('the demo’s tracked data', () => {
  it.each(['fi', 'en'] as const)('backs the 2022 review with the figures its notes give (%s)', async (locale) => {
    // The 2022 review's period: the 12 months before its first visit day, 2022-10-11.
    const evidence = await demoEvidence(locale, { from: at('2021-10-11'), to: at('2022-10-10') });
    expect(figures(evidence)).toEqual(FIGURES_2022);
  });

  it('covers the 2021 review’s period only from June 2021, when tracking began', async () => {
    const evidence = await demoEvidence('fi', { from: at('2020-10-12'), to: at('2021-10-11') });
    expect(figures(evidence)).toEqual({
      // Rules version 2: the fifth specialist, who started in March 2022, is not in the service in
      // this period, so counts neither for the caseload nor for the contact rate.
      'staffing-1': [16.6, 63, 5],
      'services-4': [137.5, 28, 3],
      'services-6': [0.6, 4, 1],
      'services-8': [73.7, 19, 4],
      'services-9': [78.9, 19, 4],
      'services-10': [81.8, 11, 3],
    });
  });

  it('stores with each final demo review the snapshot it would have taken when finalised', async () => {
    await loadDemo(db, 'fi', NOW);
    const reviews = (await db.reviews.toArray()).sort((a, b) => a.firstDay.localeCompare(b.firstDay));
    const snapshots = await Promise.all(
      reviews.map(async (review) => (await db.reviewEvidence.where('reviewId').equals(review.id).first())?.snapshot),
    );
    const [of2021, of2022] = snapshots;
    expect(of2022?.period).toEqual({ from: at('2021-10-11'), to: at('2022-10-10') });
    expect(of2022?.computedAt).toBe(reviews[1]?.finalisedAt);
    expect(of2022?.rulesVersion).toBe(2);
    expect(of2022?.contactLogReview).toBe('monthly');
    expect(figures(of2022?.items ?? {})).toEqual(FIGURES_2022);
    expect(Object.values(of2022?.items ?? {}).every((item) => item.thin.length === 0)).toBe(true);
    // In 2021 only the specialists working on the period's last day count, and the contact log
    // began in June 2021: the figures that rest on it say so.
    expect(of2021?.items['staffing-1']).toMatchObject({ basis: 63, suggestedScore: 5 });
    expect(of2021?.items['services-6']?.thin).toEqual([{ kind: 'partial-period', trackedFrom: at('2021-06-03') }]);
    expect(of2021?.items['services-4']?.thin).toEqual([{ kind: 'partial-period', trackedFrom: at('2021-06-03') }]);
  });

  it('keeps every specialist within 20 × FTE at the end and shows the clients placed at each employer', async () => {
    const [serviceId = ''] = await loadDemo(db, 'fi', NOW);
    const { staff, rows } = await loadServiceCaseload(db, serviceId);
    for (const member of staff.filter((s) => s.role === 'specialist')) {
      const active = rows.filter(
        (row) =>
          row.specialistId === member.id && isActiveOn({ startDate: row.startDate, closedDate: row.state.closedDate }, at('2022-10-10')),
      );
      expect(active.length).toBeLessThanOrEqual(caseloadCapacity(member.fte));
    }
    const employers = await db.employers.where('serviceId').equals(serviceId).toArray();
    const kulma = employers.find((e) => e.name === 'Kahvila Kulma');
    const history = await loadEmployerHistory(db, kulma?.id ?? '');
    expect(history?.jobs.length).toBe(3);
    expect(history?.contacts.length).toBeGreaterThan(0);
  });

  it('is removed with the demo, leaving no record in any table', async () => {
    await loadDemo(db, 'fi', NOW);
    expect(await db.employerContacts.count()).toBeGreaterThan(1000);
    await removeDemo(db);
    for (const table of db.tables) {
      if (table.name === 'scales') continue; // the built-in scale is not demo data
      expect(await table.count(), table.name).toBe(0);
    }
  });
});
