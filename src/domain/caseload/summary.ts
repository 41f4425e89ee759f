import { compareFinnish } from '../collation';
import type { IsoDate } from '../dates';
import { caseloadCapacity, isActiveOn, isEmployedOn, limitStatus, type LimitStatus } from './capacity';
import { PHASES, waitingDays, type ClientState, type Phase } from './phases';

/** What the caseload views need of a client: the stored fields plus the state derived from history. */
export interface ClientRow {
  id: string;
  code: string;
  referralDate: IsoDate;
  startDate: IsoDate | null;
  specialistId: string | null;
  state: ClientState;
}

export type PhaseCounts = Record<Phase, number>;

const emptyCounts = (): PhaseCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

/** evidence-rules.md §2 applied to a row: started on or before `day`, not closed by then. */
export function isRowActiveOn(row: ClientRow, day: IsoDate): boolean {
  return isActiveOn({ startDate: row.startDate, closedDate: row.state.closedDate }, day);
}

export interface SpecialistCaseload {
  staffId: string;
  fte: number;
  capacity: number;
  active: number;
  status: LimitStatus;
  byPhase: PhaseCounts;
}

/**
 * Each staff member's caseload on `day` (issue 3, "Per specialist"; evidence-rules.md §4): active
 * clients against 20 × FTE, and by phase. Staff who do no client work that day and carry no
 * active client are left out, so a team leader with FTE 0 does not show "0 / 0".
 */
export function specialistCaseloads(
  staff: readonly { id: string; fte: number; startDate: IsoDate; endDate: IsoDate | null }[],
  rows: readonly ClientRow[],
  day: IsoDate,
): SpecialistCaseload[] {
  const byStaff = new Map<string, PhaseCounts>();
  for (const row of rows) {
    if (row.specialistId === null || !isRowActiveOn(row, day) || row.state.phase === null) continue;
    const counts = byStaff.get(row.specialistId) ?? emptyCounts();
    counts[row.state.phase] += 1;
    byStaff.set(row.specialistId, counts);
  }
  return staff.flatMap((member) => {
    const byPhase = byStaff.get(member.id) ?? emptyCounts();
    const active = PHASES.reduce((sum, phase) => sum + byPhase[phase], 0);
    const fte = isEmployedOn(member, day) ? member.fte : 0;
    if (fte === 0 && active === 0) return [];
    const capacity = caseloadCapacity(fte);
    return [{ staffId: member.id, fte, capacity, active, status: limitStatus(active, capacity), byPhase }];
  });
}

/** Active clients on `day` by their current phase (issue 3, "Per service: clients per phase"). */
export function phaseCounts(rows: readonly ClientRow[], day: IsoDate): PhaseCounts {
  const counts = emptyCounts();
  for (const row of rows) if (row.state.phase !== null && isRowActiveOn(row, day)) counts[row.state.phase] += 1;
  return counts;
}

export interface WaitingClient {
  row: ClientRow;
  days: number;
}

/** Clients referred but not yet started, longest wait first (issue 3, "clients waiting"). */
export function waitingClients(rows: readonly ClientRow[], today: IsoDate): WaitingClient[] {
  return rows
    .filter((row) => row.state.status === 'waiting')
    .map((row) => ({ row, days: waitingDays(row.referralDate, today) }))
    .sort((a, b) => b.days - a.days || compareFinnish(a.row.code, b.row.code));
}
