import { describe, expect, it } from 'vitest';
import { computeEvidence } from '../../../src/domain';
import {
  caseloadClients,
  currentJobs,
  firstContactRows,
  jobsStartedIn,
  specialistContactRows,
} from '../../../src/domain/evidence/evidence-records';
import { randomInputV2 } from '../../fixtures/random-evidence';

describe('the records behind each figure', () => {
  it('are exactly as many as the figure rests on, for 500 random services', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const { input, period } = randomInputV2(seed);
      const evidence = computeEvidence(input, period);
      const lists = {
        'staffing-1': caseloadClients(input, period),
        'services-4': firstContactRows(input, period),
        'services-6': specialistContactRows(input, period),
        'services-8': jobsStartedIn(input, period),
        'services-9': jobsStartedIn(input, period),
        'services-10': currentJobs(input, period),
      };
      for (const [itemId, rows] of Object.entries(lists)) {
        const figure = evidence[itemId as keyof typeof lists];
        if (figure) expect(rows.length, `seed ${seed} ${itemId}`).toBe(figure.basis);
        else if (itemId !== 'staffing-1' && itemId !== 'services-6') expect(rows, `seed ${seed} ${itemId}`).toEqual([]);
      }
    }
  });

  it('list a client without a contact yet with the days waited', () => {
    const input = {
      specialists: [{ id: 's1', fte: 1 }],
      clients: [
        { id: 'waiting', specialistId: 's1', startDate: '2022-01-01', closedDate: null },
        { id: 'met', specialistId: 's1', startDate: '2022-01-01', closedDate: null },
        { id: 'too-new', specialistId: 's1', startDate: '2022-12-15', closedDate: null },
      ],
      employerContacts: [{ id: 'k1', specialistId: 's1', employerId: 'e1', date: '2022-01-21', faceToFace: true, clientIds: ['met'] }],
      jobs: [],
    };
    const rows = firstContactRows(input, { from: '2022-01-01', to: '2022-12-31' });
    expect(rows).toEqual([
      { clientId: 'waiting', startDate: '2022-01-01', firstContact: null, days: 364 },
      { clientId: 'met', startDate: '2022-01-01', firstContact: '2022-01-21', days: 20 },
    ]);
    expect(specialistContactRows(input, { from: '2022-01-01', to: '2022-01-14' })).toEqual([
      { specialistId: 's1', fte: 1, faceToFace: 0, workingDays: 14, weeklyRate: 0, rateScore: 1, score: 1 },
    ]);
  });
});
