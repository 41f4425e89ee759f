import { useCurrentLiveQuery } from './use-current-live-query';
import type { ReferralSource, Staff } from '../../domain/records/caseload';
import type { StaffAbsence } from '../../domain/records/staff-absence';
import { db } from '../app-db';
import {
  getClientDetail,
  listReferralSources,
  listStaff,
  listStaffAbsences,
  loadServiceCaseload,
  type ClientDetail,
  type ServiceCaseload,
} from '../caseload-queries';

/** undefined while loading. */
export function useServiceCaseload(serviceId: string): ServiceCaseload | undefined {
  return useCurrentLiveQuery(() => loadServiceCaseload(db, serviceId), [serviceId]);
}

/** undefined while loading; also staff who have left, by name. */
export function useStaff(serviceId: string): Staff[] | undefined {
  return useCurrentLiveQuery(() => listStaff(db, serviceId), [serviceId]);
}

/** undefined while loading; includes removed sources (deletedAt set) so that old referrals keep their name. */
export function useReferralSources(serviceId: string): ReferralSource[] | undefined {
  return useCurrentLiveQuery(() => listReferralSources(db, serviceId), [serviceId]);
}

/** undefined while loading, null when missing or deleted. */
export function useClientDetail(clientId: string): ClientDetail | null | undefined {
  return useCurrentLiveQuery(() => getClientDetail(db, clientId), [clientId]);
}

/** undefined while loading; the service's recorded staff absences, oldest first. */
export function useStaffAbsences(serviceId: string): StaffAbsence[] | undefined {
  return useCurrentLiveQuery(() => listStaffAbsences(db, serviceId), [serviceId]);
}
