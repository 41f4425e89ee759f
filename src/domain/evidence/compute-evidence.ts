import { caseloadRatio } from '../caseload/capacity';
import { caseloadScore, competitiveJobsScore, diversityScore, rapidJobSearchScore, roundHalfUp } from './bands';
import type { Evidence, EvidenceByItem, EvidenceInput, Period } from './evidence-input';
import { firstContactRows, jobsHeldIn, jobsStartedIn, jobTypeKey, specialistContactRows } from './evidence-records';

/** evidence-rules.md §3, staffing-1: active clients of counted specialists on `to` per FTE. */
function caseloadSize(input: EvidenceInput, period: Period): Evidence | undefined {
  const ratio = caseloadRatio(input.specialists, input.clients, period.to);
  return ratio ? { value: ratio.value, basis: ratio.basis, suggestedScore: caseloadScore(ratio.value) } : undefined;
}

/** evidence-rules.md §3, services-4: mean days from start to the first employer contact. */
function rapidJobSearch(input: EvidenceInput, period: Period): Evidence | undefined {
  const rows = firstContactRows(input, period);
  if (rows.length === 0) return undefined;
  const mean = rows.reduce((sum, row) => sum + row.days, 0) / rows.length;
  return { value: mean, basis: rows.length, suggestedScore: rapidJobSearchScore(mean) };
}

/**
 * evidence-rules.md §3, services-6: the figure is the specialists' mean weekly rate, the suggestion
 * the mean of their scores rounded half up.
 */
function employerContactRate(input: EvidenceInput, period: Period): Evidence | undefined {
  const rows = specialistContactRows(input, period);
  if (rows.length === 0) return undefined;
  const meanRate = rows.reduce((sum, row) => sum + row.weeklyRate, 0) / rows.length;
  const meanScore = rows.reduce((sum, row) => sum + row.score, 0) / rows.length;
  return { value: meanRate, basis: rows.length, suggestedScore: roundHalfUp(meanScore) };
}

/** evidence-rules.md §3, services-8 and services-9: distinct job types and employers among jobs started in the period. */
function diversity(input: EvidenceInput, period: Period): { types?: Evidence; employers?: Evidence } {
  const started = jobsStartedIn(input, period);
  if (started.length === 0) return {};
  const types = new Set(started.map((job) => jobTypeKey(job.jobType))).size;
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
  const held = jobsHeldIn(input, period);
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
