import { useLiveQuery } from 'dexie-react-hooks';
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
  return useLiveQuery(() => listEmployers(db, serviceId), [serviceId]);
}

/** undefined while loading; null when no specialist is chosen. */
export function useMyWeek(staffId: string | null, date: IsoDate): MyWeek | null | undefined {
  return useLiveQuery(async () => (staffId ? loadMyWeek(db, staffId, date) : null), [staffId, date]);
}

export function useTeamWeeks(serviceId: string, date: IsoDate): TeamWeeks | undefined {
  return useLiveQuery(() => loadTeamWeeks(db, serviceId, date), [serviceId, date]);
}

/** undefined while loading, null when missing or deleted. */
export function useEmployerHistory(employerId: string): EmployerHistory | null | undefined {
  return useLiveQuery(() => loadEmployerHistory(db, employerId), [employerId]);
}

export function useClientContacts(clientId: string, today: IsoDate): ClientContacts | null | undefined {
  return useLiveQuery(() => loadClientContacts(db, clientId, today), [clientId, today]);
}

export function useClientCodes(serviceId: string): Map<string, string> | undefined {
  return useLiveQuery(() => clientCodes(db, serviceId), [serviceId]);
}

/** The employers created from jobs' names still to be checked (issue 15); undefined while loading. */
export function useEmployersFromJobs(serviceId: string): Employer[] | undefined {
  return useLiveQuery(() => listEmployersFromJobs(db, serviceId), [serviceId]);
}
