import { caseloadRatio } from '../caseload/capacity';
import { caseloadScore, competitiveJobsScore, diversityScore, rapidJobSearchScore, roundHalfUp } from './bands';
import type { Evidence, EvidenceByItem, EvidenceInput, Period } from './evidence-input';
import { currentJobs, firstContactRows, jobsStartedIn, jobTypeKey, specialistContactRows } from './evidence-records';

/** evidence-rules.md §3, staffing-1: active clients of the specialists counted on `to` per their FTE. */
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
 * evidence-rules.md §3, services-6: the figure is the included specialists' mean weekly rate over
 * their working days, the suggestion the mean of their scores (capped by the log review) rounded half up.
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

/** evidence-rules.md §3, services-10: share of competitive jobs among the jobs current on `to`; 1 when fewer than 10. */
function competitiveJobs(input: EvidenceInput, period: Period): Evidence | undefined {
  const current = currentJobs(input, period);
  if (current.length === 0) return undefined;
  const percent = (100 * current.filter((job) => job.competitive).length) / current.length;
  return { value: percent, basis: current.length, suggestedScore: competitiveJobsScore(percent, current.length) };
}

/**
 * evidence-rules.md §3 (rules version 2, EVIDENCE_RULES_VERSION): the figures of the six items with numeric anchors, computed from the
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
