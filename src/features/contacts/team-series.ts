import { weeklyContactRate, weeklyFaceToFaceCounts, WEEKLY_TARGET, type ContactRate } from '../../domain/employers/contact-rules';
import type { IsoWeek } from '../../domain/employers/weeks';
import type { TeamWeeks } from '../../db/employer-queries';

export interface TeamRow {
  id: string;
  name: string;
  /** Face-to-face contacts per week, oldest first; the last is the chosen week. */
  counts: number[];
  isUnderTarget: boolean;
}

export interface TeamSeries {
  weeks: IsoWeek[];
  rows: TeamRow[];
  /** services-6 over the 12 weeks shown (evidence-rules §3); null with no counted specialist. */
  rate: ContactRate | null;
}

/** Shapes the team's 12 weeks for the table and the chart (charts take ready series). */
export function teamSeries({ weeks, specialists, contacts }: TeamWeeks): TeamSeries {
  const counts = weeklyFaceToFaceCounts(
    contacts,
    specialists.map((s) => s.id),
    weeks,
  );
  const rows = specialists.map((s) => {
    const own = counts.get(s.id) ?? [];
    return { id: s.id, name: s.name, counts: own, isUnderTarget: (own.at(-1) ?? 0) < WEEKLY_TARGET };
  });
  const from = weeks[0]?.start;
  const to = weeks.at(-1)?.end;
  const rate = from && to ? weeklyContactRate(contacts, specialists, { from, to }) : null;
  return { weeks, rows, rate };
}
