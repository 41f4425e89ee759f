import { addDays, addMonths, parseIsoDate, type IsoDate } from '../dates';
import type { EvidenceInput, Period } from './evidence-input';
import { employmentRate, jobStarts, type EmploymentRate, type JobStarts } from './outcomes';

export interface Quarter extends Period {
  year: number;
  /** 1–4 */
  quarter: number;
}

/** The `count` calendar quarters up to and including the one `today` is in, oldest first. */
export function lastQuarters(today: IsoDate, count: number): Quarter[] {
  const parsed = parseIsoDate(today);
  if (!parsed) throw new RangeError(`Not an ISO date: ${today}`);
  const currentStart = `${String(parsed.year).padStart(4, '0')}-${String(Math.floor((parsed.month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return Array.from({ length: count }, (_, index) => {
    const from = addMonths(currentStart, -3 * (count - 1 - index));
    const start = parseIsoDate(from)!;
    return { year: start.year, quarter: Math.floor((start.month - 1) / 3) + 1, from, to: addDays(addMonths(from, 3), -1) };
  });
}

export interface QuarterOutcome extends EmploymentRate, JobStarts {
  quarter: Quarter;
}

/** evidence-rules.md §5 per quarter: served, working and the employment rate, and job starts. */
export function quarterlyOutcomes(input: EvidenceInput, quarters: readonly Quarter[]): QuarterOutcome[] {
  return quarters.map((quarter) => ({ quarter, ...employmentRate(input, quarter), ...jobStarts(input, quarter) }));
}
