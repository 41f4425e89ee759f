import { useCurrentLiveQuery } from './use-current-live-query';
import type { IsoDate } from '../../domain/dates';
import type { Employer, EmployerContactPerson } from '../../domain/records/employers';
import { db } from '../app-db';
import {
  clientCodes,
  listEmployers,
  loadClientContacts,
  loadEmployerHistory,
  loadMyWeek,
  loadTeamWeeks,
  type ClientContacts,
  type EmployerHistory,
  type MyWeek,
  type TeamWeeks,
} from '../employer-queries';
import { listEmployersFromJobs } from '../repos/employers-from-jobs';

/** undefined while loading. */
export function useEmployers(serviceId: string): { employers: Employer[]; people: EmployerContactPerson[] } | undefined {
  return useCurrentLiveQuery(() => listEmployers(db, serviceId), [serviceId]);
}

/** undefined while loading; null when no specialist is chosen. */
export function useMyWeek(staffId: string | null, date: IsoDate): MyWeek | null | undefined {
  return useCurrentLiveQuery(async () => (staffId ? loadMyWeek(db, staffId, date) : null), [], { view: [staffId, date] });
}

export function useTeamWeeks(serviceId: string, date: IsoDate): TeamWeeks | undefined {
  return useCurrentLiveQuery(() => loadTeamWeeks(db, serviceId, date), [serviceId], { view: [date] });
}

/** undefined while loading, null when missing or deleted. */
export function useEmployerHistory(employerId: string): EmployerHistory | null | undefined {
  return useCurrentLiveQuery(() => loadEmployerHistory(db, employerId), [employerId]);
}

export function useClientContacts(clientId: string, today: IsoDate): ClientContacts | null | undefined {
  return useCurrentLiveQuery(() => loadClientContacts(db, clientId, today), [clientId], { view: [today] });
}

export function useClientCodes(serviceId: string): Map<string, string> | undefined {
  return useCurrentLiveQuery(() => clientCodes(db, serviceId), [serviceId]);
}

/** The employers created from jobs' names still to be checked (issue 15); undefined while loading. */
export function useEmployersFromJobs(serviceId: string): Employer[] | undefined {
  return useCurrentLiveQuery(() => listEmployersFromJobs(db, serviceId), [serviceId]);
}
