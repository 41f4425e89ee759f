import { describe, expect, it } from 'vitest';
import { assessEvidence, defaultEvidencePeriod, hasTrackedData, MIN_SOLID_BASIS } from '../../../src/domain/evidence/evidence-assessment';
import type { EvidenceInput } from '../../../src/domain';
import { EvidenceSnapshotSchema } from '../../../src/domain/records/review-evidence';

const EMPTY: EvidenceInput = { specialists: [], clients: [], employerContacts: [], jobs: [] };
const PERIOD = { from: '2021-10-11', to: '2022-10-10' };

const job = (i: number, startDate: string, overrides: Partial<EvidenceInput['jobs'][number]> = {}) => ({
  id: `j${i}`,
  clientId: `c${i}`,
  employerId: `e${i}`,
  jobType: `type ${i}`,
  startDate,
  endDate: null,
  competitive: true,
  ...overrides,
});
const contact = (i: number, date: string, faceToFace = true) => ({
  id: `k${i}`,
  specialistId: 's1',
  employerId: 'e1',
  date,
  faceToFace,
  clientIds: [],
});

describe('defaultEvidencePeriod', () => {
  it('is the 12 months before the first visit day, both ends included', () => {
    expect(defaultEvidencePeriod('2022-10-11')).toEqual({ from: '2021-10-11', to: '2022-10-10' });
    expect(defaultEvidencePeriod('2024-03-01')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(defaultEvidencePeriod('2025-01-01')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('hasTrackedData', () => {
  it('is false only when the service keeps nothing in Fidelio', () => {
    expect(hasTrackedData(EMPTY)).toBe(false);
    expect(hasTrackedData({ ...EMPTY, specialists: [{ id: 's1', fte: 0 }] })).toBe(true);
    expect(hasTrackedData({ ...EMPTY, jobs: [job(1, '2022-01-01')] })).toBe(true);
  });
});

describe('assessEvidence', () => {
  it('calls a job figure thin below five jobs and solid from five', () => {
    const four = Array.from({ length: MIN_SOLID_BASIS - 1 }, (_, i) => job(i, '2021-10-11'));
    expect(assessEvidence({ ...EMPTY, jobs: four }, PERIOD)['services-8']?.thin).toEqual([{ kind: 'few-records', minimum: 5 }]);
    const five = [...four, job(9, '2022-10-10')];
    expect(assessEvidence({ ...EMPTY, jobs: five }, PERIOD)['services-8']?.thin).toEqual([]);
    expect(assessEvidence({ ...EMPTY, jobs: five }, PERIOD)['services-10']?.thin).toEqual([]);
  });

  it('calls a caseload of no active client thin, though the rules give it a figure', () => {
    const evidence = assessEvidence({ ...EMPTY, specialists: [{ id: 's1', fte: 1 }] }, PERIOD)['staffing-1'];
    expect(evidence).toMatchObject({ value: 0, basis: 0, suggestedScore: 5, thin: [{ kind: 'few-records', minimum: 5 }] });
  });

  it('says when the contact log starts more than a month into the period', () => {
    const input = { ...EMPTY, specialists: [{ id: 's1', fte: 1 }], employerContacts: [contact(1, '2021-11-11')] };
    expect(assessEvidence(input, PERIOD)['services-6']?.thin).toEqual([{ kind: 'partial-period', trackedFrom: '2021-11-11' }]);
    const withinAMonth = { ...input, employerContacts: [contact(1, '2021-11-10')] };
    expect(assessEvidence(withinAMonth, PERIOD)['services-6']?.thin).toEqual([]);
  });

  it('says when no face-to-face contact is logged in the period at all', () => {
    const input = { ...EMPTY, specialists: [{ id: 's1', fte: 1 }], employerContacts: [contact(1, '2021-10-20', false)] };
    const evidence = assessEvidence(input, PERIOD)['services-6'];
    expect(evidence?.value).toBe(0);
    expect(evidence?.thin).toEqual([{ kind: 'no-contacts' }]);
  });

  it('says when jobs are recorded only from well into the period', () => {
    const jobs = Array.from({ length: 6 }, (_, i) => job(i, '2022-06-01'));
    expect(assessEvidence({ ...EMPTY, jobs }, PERIOD)['services-9']?.thin).toEqual([{ kind: 'partial-period', trackedFrom: '2022-06-01' }]);
  });

  it('says in words when every record is older than the period (a new review of a service whose log stopped)', () => {
    // Two years before the period: five clients never closed, so the caseload figure still counts them.
    const clients = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, specialistId: 's1', startDate: '2019-09-01', closedDate: null }));
    const input = { ...EMPTY, specialists: [{ id: 's1', fte: 1 }], clients, jobs: [job(1, '2019-10-01', { endDate: '2020-01-31' })] };
    const assessed = assessEvidence(input, PERIOD);
    expect(assessed['staffing-1']).toMatchObject({ value: 5, thin: [{ kind: 'old-records', lastRecord: '2020-01-31' }] });
    for (const figure of Object.values(assessed)) expect(figure.thin).toContainEqual({ kind: 'old-records', lastRecord: '2020-01-31' });
    // One record on the period's first day is enough for the figures to be the period's own.
    const recent = { ...input, employerContacts: [contact(1, PERIOD.from)] };
    expect(assessEvidence(recent, PERIOD)['staffing-1']?.thin).toEqual([]);
    const stored = { computedAt: '2022-10-19T09:45:00.000Z', period: PERIOD, items: assessed };
    expect(EvidenceSnapshotSchema.safeParse(stored).success).toBe(true);
  });

  it('keeps the figures of computeEvidence unchanged and stores as a valid snapshot', () => {
    const jobs = [job(1, '2022-01-01'), job(2, '2022-02-01', { competitive: false, jobType: 'Type 1 ', employerId: 'e1' })];
    const items = assessEvidence({ ...EMPTY, jobs }, PERIOD);
    expect(items['services-8']).toMatchObject({ value: 50, basis: 2, suggestedScore: 2 });
    expect(items['services-10']).toMatchObject({ value: 50, basis: 2, suggestedScore: 1 });
    expect(EvidenceSnapshotSchema.safeParse({ computedAt: '2022-10-19T09:45:00.000Z', period: PERIOD, items }).success).toBe(true);
  });
});

describe('EvidenceSnapshotSchema', () => {
  const snapshot = (items: unknown, period = PERIOD) =>
    EvidenceSnapshotSchema.safeParse({ computedAt: '2022-10-19T09:45:00.000Z', period, items });
  const figure = { value: 18.5, basis: 89, suggestedScore: 5, thin: [] };
  it('refuses a period that ends before it starts, an unknown item and a score out of range', () => {
    expect(snapshot({ 'staffing-1': figure }).success).toBe(true);
    expect(snapshot({ 'staffing-1': figure }, { from: '2022-10-10', to: '2021-10-11' }).success).toBe(false);
    expect(snapshot({ 'staffing-2': figure }).success).toBe(false);
    expect(snapshot({ 'staffing-1': { ...figure, suggestedScore: 6 } }).success).toBe(false);
  });
  it('refuses a thin-data reason without what it needs', () => {
    expect(snapshot({ 'services-8': { ...figure, thin: [{ kind: 'few-records', minimum: 5 }] } }).success).toBe(true);
    expect(snapshot({ 'services-8': { ...figure, thin: [{ kind: 'few-records' }] } }).success).toBe(false);
    expect(snapshot({ 'services-8': { ...figure, thin: [{ kind: 'partial-period', minimum: 5 }] } }).success).toBe(false);
    expect(snapshot({ 'services-8': { ...figure, thin: [{ kind: 'old-records', lastRecord: '2020-01-31' }] } }).success).toBe(true);
  });
});
