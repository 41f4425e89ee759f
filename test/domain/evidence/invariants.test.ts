import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { computeEvidence, employmentRate } from '../../../src/domain';
import type { EvidenceInput } from '../../../src/domain';

/** A seeded generator, so a failure can be replayed from the seed in the message. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInput(seed: number): { input: EvidenceInput; period: { from: string; to: string } } {
  const rand = random(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const day = () => addDays('2024-01-01', int(0, 900));
  const specialists = Array.from({ length: int(0, 5) }, (_, i) => ({ id: `s${i}`, fte: [0, 0.5, 0.8, 1][int(0, 3)]! }));
  const clients = Array.from({ length: int(0, 40) }, (_, i) => {
    const startDate = day();
    return { id: `c${i}`, specialistId: specialists.length && rand() < 0.9 ? `s${int(0, specialists.length - 1)}` : null, startDate, closedDate: rand() < 0.3 ? addDays(startDate, int(0, 300)) : null };
  });
  const employerContacts = Array.from({ length: int(0, 120) }, (_, i) => ({
    id: `k${i}`,
    specialistId: `s${int(0, 5)}`,
    employerId: `e${int(0, 8)}`,
    date: day(),
    faceToFace: rand() < 0.7,
    clientIds: clients.length && rand() < 0.5 ? [`c${int(0, clients.length - 1)}`] : [],
  }));
  const jobs = Array.from({ length: int(0, 25) }, (_, i) => {
    const startDate = day();
    return { id: `j${i}`, clientId: `c${int(0, Math.max(0, clients.length - 1))}`, employerId: `e${int(0, 8)}`, jobType: ['Siivooja', 'siivooja ', 'Kokki', 'Myyjä', 'Postinjakaja'][int(0, 4)]!, startDate, endDate: rand() < 0.4 ? addDays(startDate, int(0, 400)) : null, competitive: rand() < 0.8 };
  });
  const from = day();
  return { input: { specialists, clients, employerContacts, jobs }, period: { from, to: addDays(from, int(0, 365)) } };
}

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
      const more = { ...input, jobs: [...input.jobs, { id: 'extra', clientId: 'c0', employerId: 'e0', jobType: 'x', startDate: period.from, endDate: null, competitive: true }] };
      const after = computeEvidence(more, period)['services-10']!;
      if (before) expect(after.value, `seed ${seed}`).toBeGreaterThanOrEqual(before.value);
      expect(after.basis, `seed ${seed}`).toBe((before?.basis ?? 0) + 1);
    }
  });
});
