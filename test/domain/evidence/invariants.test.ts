import { describe, expect, it } from 'vitest';
import { computeEvidence, employmentRate } from '../../../src/domain';
import { randomInput } from '../../fixtures/random-evidence';

describe('computeEvidence on 500 random services', () => {
  it('always suggests an integer 1–5 resting on at least one record, and percentages stay within 0–100', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const { input, period } = randomInput(seed);
      for (const [itemId, evidence] of Object.entries(computeEvidence(input, period))) {
        expect([1, 2, 3, 4, 5], `seed ${seed} ${itemId}`).toContain(evidence.suggestedScore);
        // staffing-1 is defined whenever counted specialists have FTE, even with no active client.
        if (itemId === 'staffing-1') expect(evidence.basis).toBeGreaterThanOrEqual(0);
        else expect(evidence.basis, `seed ${seed} ${itemId}`).toBeGreaterThan(0);
        expect(Number.isFinite(evidence.value), `seed ${seed} ${itemId}`).toBe(true);
        if (['services-8', 'services-9', 'services-10'].includes(itemId)) {
          expect(evidence.value, `seed ${seed} ${itemId}`).toBeGreaterThanOrEqual(0);
          expect(evidence.value, `seed ${seed} ${itemId}`).toBeLessThanOrEqual(100);
        }
      }
      const rate = employmentRate(input, period).rate;
      if (rate !== null) expect(rate >= 0 && rate <= 1, `seed ${seed}`).toBe(true);
    }
  });

  it('never raises services-6 when a face-to-face contact is removed', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const { input, period } = randomInput(seed);
      const before = computeEvidence(input, period)['services-6'];
      const index = input.employerContacts.findIndex((c) => c.faceToFace);
      if (!before || index < 0) continue;
      const fewer = { ...input, employerContacts: input.employerContacts.filter((_, i) => i !== index) };
      const after = computeEvidence(fewer, period)['services-6'];
      expect(after!.value, `seed ${seed}`).toBeLessThanOrEqual(before.value);
      expect(after!.suggestedScore, `seed ${seed}`).toBeLessThanOrEqual(before.suggestedScore);
    }
  });

  it('never lowers services-10 when a competitive job held in the period is added', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const { input, period } = randomInput(seed);
      const before = computeEvidence(input, period)['services-10'];
      const more = {
        ...input,
        jobs: [
          ...input.jobs,
          { id: 'extra', clientId: 'c0', employerId: 'e0', jobType: 'x', startDate: period.from, endDate: null, competitive: true },
        ],
      };
      const after = computeEvidence(more, period)['services-10']!;
      if (before) expect(after.value, `seed ${seed}`).toBeGreaterThanOrEqual(before.value);
      expect(after.basis, `seed ${seed}`).toBe((before?.basis ?? 0) + 1);
    }
  });
});
