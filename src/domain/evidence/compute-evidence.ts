import { daysBetween } from '../dates';
import { caseloadRatio, isCountedSpecialist } from '../caseload/capacity';
import { caseloadScore, competitiveJobsScore, diversityScore, rapidJobSearchScore, roundHalfUp, weeklyContactScore } from './bands';
import { isHeldIn, isInPeriod, type Evidence, type EvidenceByItem, type EvidenceInput, type Period } from './evidence-input';

/** evidence-rules.md §3, staffing-1: active clients of counted specialists on `to` per FTE. */
function caseloadSize(input: EvidenceInput, period: Period): Evidence | undefined {
  const ratio = caseloadRatio(input.specialists, input.clients, period.to);
  return ratio ? { value: ratio.value, basis: ratio.basis, suggestedScore: caseloadScore(ratio.value) } : undefined;
}

/**
 * evidence-rules.md §3, services-4: mean days from start to the first employer contact (the earliest
 * face-to-face contact naming the client, or job start, on or after the start and by `to`), over
 * clients who started in the period. A client with no contact yet counts with `to − start` days
 * once that is over 30, and is left out before (they have not had a fair chance yet).
 */
function rapidJobSearch(input: EvidenceInput, period: Period): Evidence | undefined {
  const firstByClient = new Map<string, string>();
  const consider = (clientId: string, day: string) => {
    const current = firstByClient.get(clientId);
    if (current === undefined || day < current) firstByClient.set(clientId, day);
  };
  const starts = new Map(input.clients.map((client) => [client.id, client.startDate]));
  for (const contact of input.employerContacts) {
    if (!contact.faceToFace || contact.date > period.to) continue;
    for (const clientId of contact.clientIds) {
      const start = starts.get(clientId);
      if (start !== undefined && contact.date >= start) consider(clientId, contact.date);
    }
  }
  for (const job of input.jobs) {
    const start = starts.get(job.clientId);
    if (start !== undefined && job.startDate >= start && job.startDate <= period.to) consider(job.clientId, job.startDate);
  }
  let total = 0;
  let count = 0;
  for (const client of input.clients) {
    if (!isInPeriod(client.startDate, period)) continue;
    const first = firstByClient.get(client.id);
    if (first !== undefined) {
      total += daysBetween(client.startDate, first);
      count += 1;
    } else {
      const waited = daysBetween(client.startDate, period.to);
      if (waited > 30) {
        total += waited;
        count += 1;
      }
    }
  }
  if (count === 0) return undefined;
  const mean = total / count;
  return { value: mean, basis: count, suggestedScore: rapidJobSearchScore(mean) };
}

/**
 * evidence-rules.md §3, services-6: each counted specialist's face-to-face contacts in the period
 * per week (days in the period ÷ 7); the figure is the mean rate, the suggestion the mean of the
 * specialists' scores rounded half up.
 */
function employerContactRate(input: EvidenceInput, period: Period): Evidence | undefined {
  const counted = input.specialists.filter(isCountedSpecialist);
  if (counted.length === 0) return undefined;
  const weeks = (daysBetween(period.from, period.to) + 1) / 7;
  const contacts = new Map<string, number>();
  for (const contact of input.employerContacts) {
    if (contact.faceToFace && isInPeriod(contact.date, period)) contacts.set(contact.specialistId, (contacts.get(contact.specialistId) ?? 0) + 1);
  }
  const rates = counted.map((specialist) => (contacts.get(specialist.id) ?? 0) / weeks);
  const meanRate = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  const meanScore = rates.reduce((sum, rate) => sum + weeklyContactScore(rate), 0) / rates.length;
  return { value: meanRate, basis: counted.length, suggestedScore: roundHalfUp(meanScore) };
}

/** evidence-rules.md §3, services-8 and services-9: distinct job types and employers among jobs started in the period. */
function diversity(input: EvidenceInput, period: Period): { types?: Evidence; employers?: Evidence } {
  const started = input.jobs.filter((job) => isInPeriod(job.startDate, period));
  if (started.length === 0) return {};
  const types = new Set(started.map((job) => job.jobType.trim().toLowerCase())).size;
  const employers = new Set(started.map((job) => job.employerId)).size;
  const typesPercent = (100 * types) / started.length;
  const employersPercent = (100 * employers) / started.length;
  return {
    types: { value: typesPercent, basis: started.length, suggestedScore: diversityScore(typesPercent) },
    employers: { value: employersPercent, basis: started.length, suggestedScore: diversityScore(employersPercent) },
  };
}

/** evidence-rules.md §3, services-10: share of competitive jobs among jobs held in the period. */
function competitiveJobs(input: EvidenceInput, period: Period): Evidence | undefined {
  const held = input.jobs.filter((job) => isHeldIn(job, period));
  if (held.length === 0) return undefined;
  const percent = (100 * held.filter((job) => job.competitive).length) / held.length;
  return { value: percent, basis: held.length, suggestedScore: competitiveJobsScore(percent) };
}

/**
 * evidence-rules.md §3: the figures of the six items with numeric anchors, computed from the
 * service's tracked data for the period. An item is present only when its figure can be computed.
 * The reviewer always decides; this only suggests.
 */
export function computeEvidence(input: EvidenceInput, period: Period): EvidenceByItem {
  const result: EvidenceByItem = {};
  const entries: [keyof EvidenceByItem, Evidence | undefined][] = [
    ['staffing-1', caseloadSize(input, period)],
    ['services-4', rapidJobSearch(input, period)],
    ['services-6', employerContactRate(input, period)],
  ];
  const { types, employers } = diversity(input, period);
  entries.push(['services-8', types], ['services-9', employers], ['services-10', competitiveJobs(input, period)]);
  for (const [itemId, evidence] of entries) if (evidence) result[itemId] = evidence;
  return result;
}
