import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewFile } from '../../../src/domain/consensus/review-file';
import { BUILT_IN_SCALE } from '../../../src/domain/fidelity/built-in-scale';
import { BACKUP_TABLES, BACKUP_TABLE_NAMES, type BackupTableName } from '../../../src/domain/transfer/backup-tables';
import { restoreBackup } from '../../../src/domain/transfer/restore-backup';
import { fieldIssues } from '../../../src/domain/transfer/record-issues';
import { IDENTITY_CODE_VARIANTS } from '../../fixtures/identity-codes';

const AT = '2025-03-10T09:00:00.000Z';
const sync = (id: string) => ({ id, serviceId: 's1', createdAt: AT, updatedAt: AT, deletedAt: null });

/** One valid record of every table a backup holds. */
export const SAMPLE_RECORDS: Record<BackupTableName, Record<string, unknown>> = {
  services: { ...sync('s1'), name: 'Kätevä', organisation: 'Hyvinvointialue', region: 'Keski-Suomi', notes: 'Käynti 2 pv' },
  reviews: {
    ...sync('r1'),
    scaleId: 'ips-25',
    scaleVersion: 1,
    firstDay: '2025-03-10',
    lastDay: '2025-03-11',
    type: 'external',
    reviewers: ['Aino Arvioija', 'Bertta'],
    status: 'in-progress',
    finalisedAt: null,
  },
  ratings: { ...sync('g1'), reviewId: 'r1', itemId: 'staffing-1', score: 4, notes: 'Havainto', dataSources: ['MIS'] },
  recommendations: { ...sync('m1'), reviewId: 'r1', itemId: 'staffing-1', text: 'Suositus', priority: 'high' },
  scales: JSON.parse(JSON.stringify(BUILT_IN_SCALE)) as Record<string, unknown>,
  recommendationFollowUps: { ...sync('f1'), reviewId: 'r1', recommendationId: 'm0', status: 'partly', note: 'Osittain' },
  staff: { ...sync('t1'), name: 'Tiina Työhönvalmentaja', role: 'specialist', fte: 1, startDate: '2024-01-01', endDate: null },
  clients: {
    ...sync('c1'),
    code: 'KÄT-014',
    referralDate: '2024-02-01',
    referralSource: 'default:te',
    startDate: null,
    notes: 'Muistiinpano',
  },
  phaseChanges: { ...sync('p1'), clientId: 'c1', date: '2024-03-01', kind: 'move', phase: 1, closureReason: null },
  assignments: { ...sync('a1'), clientId: 'c1', staffId: 't1', date: '2024-03-01' },
  jobs: {
    ...sync('j1'),
    clientId: 'c1',
    employerId: 'e1',
    title: 'Kokki',
    jobType: 'Ravintola',
    startDate: '2024-05-01',
    endDate: null,
    hoursPerWeek: 20,
    competitive: true,
    competitiveAnswers: null,
    paySubsidy: false,
  },
  referralSources: { ...sync('rs1'), name: 'Oma lähde' },
  reviewerRatings: {
    ...sync('rr1'),
    reviewId: 'r1',
    reviewerId: 'reviewer-1',
    reviewerName: 'Aino',
    itemId: 'staffing-1',
    score: 3,
    notes: 'Oma havainto',
  },
  reviewerStatuses: { ...sync('st1'), reviewId: 'r1', reviewerId: 'reviewer-1', reviewerName: 'Aino', finishedAt: null, revealedAt: null },
  employers: { ...sync('e1'), name: 'Kahvila Oy', sector: 'Ravintola', area: 'Keskusta', notes: 'Hyvä paikka', mergedInto: null },
  employerContactPeople: { ...sync('cp1'), employerId: 'e1', name: 'Eila Esimies', role: 'Esimies' },
  employerContacts: {
    ...sync('ec1'),
    date: '2025-03-01',
    staffId: 't1',
    employerId: 'e1',
    contactPersonId: 'cp1',
    mode: 'face-to-face',
    clientIds: ['c1'],
    purpose: 'learn-needs',
    outcome: 'Sovittiin',
    nextStep: 'Soitto',
    followUpDate: null,
    notes: 'Muistio',
  },
  reviewEvidence: { ...sync('re1'), reviewId: 'r1', period: null, snapshot: null },
  ratingSuggestions: { ...sync('rg1'), reviewId: 'r1', itemId: 'staffing-1', suggestedScore: 4, score: 4, followed: true },
  staffAbsences: { ...sync('ab1'), staffId: 't1', from: '2025-07-01', to: '2025-07-31' },
};

// Fields that hold ids, not text a user types: a code there is no more refused than any other id.
const ID_FIELDS =
  /^(id|serviceId|reviewId|clientId|staffId|employerId|contactPersonId|referralSource|recommendationId|scaleId|mergedInto|key|clientIds\.\d+)$/;

type Leaf = { path: (string | number)[]; value: string };
function stringLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}
function withLeaf(record: unknown, path: (string | number)[], text: string): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = text;
  return copy;
}

describe('issue 14 #3: every free-text field of every record refuses an identity code', () => {
  it('the sample records are valid as they are', () => {
    for (const table of BACKUP_TABLE_NAMES) expect(BACKUP_TABLES[table].schema.safeParse(SAMPLE_RECORDS[table]).success, table).toBe(true);
  });

  for (const table of BACKUP_TABLE_NAMES) {
    it(`${table}: each text field refuses a code, naming the field`, () => {
      const { schema } = BACKUP_TABLES[table];
      const leaves = stringLeaves(SAMPLE_RECORDS[table]).filter((leaf) => !ID_FIELDS.test(leaf.path.join('.')));
      for (const leaf of leaves) {
        const dotted = leaf.path.join('.');
        const result = schema.safeParse(withLeaf(SAMPLE_RECORDS[table], leaf.path, `${leaf.value} 131052-308T`.slice(-40)));
        expect(result.success, `${table}.${dotted} accepted a code`).toBe(false);
        if (result.success) continue;
        // Dates, enums and timestamps refuse any such text for their own reason; free texts say why.
        const issues = fieldIssues(SAMPLE_RECORDS[table], result.error.issues);
        expect(
          issues.some((issue) => issue.path === dotted),
          `${table}.${dotted}`,
        ).toBe(true);
      }
    });
  }

  it('names the identity code as the reason, for every variant of the issue', () => {
    const texts = ['notes', 'organisation', 'region', 'name'] as const;
    for (const variant of IDENTITY_CODE_VARIANTS) {
      for (const field of texts) {
        const result = BACKUP_TABLES.services.schema.safeParse({ ...SAMPLE_RECORDS.services, [field]: `Asiakas ${variant}` });
        expect(result.success, `${field}: ${variant}`).toBe(false);
        if (!result.success)
          expect(fieldIssues({}, result.error.issues)).toContainEqual({ path: field, detail: { reason: 'identity-code' } });
      }
      for (const [table, field] of [
        ['clients', 'code'],
        ['reviewerRatings', 'reviewerName'],
        ['ratings', 'notes'],
        ['recommendations', 'text'],
      ] as const) {
        const result = BACKUP_TABLES[table].schema.safeParse({ ...SAMPLE_RECORDS[table], [field]: variant });
        expect(result.success, `${table}.${field}: ${variant}`).toBe(false);
      }
    }
  });

  it('a backup carrying a code in a reviewer name is refused with a problem naming table, record and field', () => {
    const review = { ...SAMPLE_RECORDS.reviews, reviewers: ['Aino', 'Bertta 131052\u2013308T'] };
    const result = restoreBackup({
      format: 'fidelio-backup',
      version: 1,
      exportedAt: AT,
      data: { services: [SAMPLE_RECORDS.services], reviews: [review] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { code: 'invalid-record', table: 'reviews', index: 0, id: 'r1', path: 'reviewers.1', reason: 'identity-code' },
      ]);
    }
  });

  it('a review file carrying codes in a reviewer name, a note and the service is refused, naming part, record and field', () => {
    const file = JSON.parse(readFileSync(path.resolve('test/fixtures/review-files/fidelio-review-file-v1.json'), 'utf8')) as {
      service: Record<string, unknown>;
      reviewer: Record<string, unknown>;
      ratings: Record<string, unknown>[];
    };
    file.service.notes = 'Yhteys 131052\u2013308T';
    file.reviewer.reviewerName = 'Aino 131052308T';
    file.ratings[2]!.notes = 'hetu131052-308T';
    const result = readReviewFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { code: 'invalid-record', part: 'service', index: null, path: 'notes', reason: 'identity-code' },
        { code: 'invalid-record', part: 'reviewer', index: null, path: 'reviewerName', reason: 'identity-code' },
        { code: 'invalid-record', part: 'ratings', index: 2, path: 'notes', reason: 'identity-code' },
      ]),
    );
  });
});
