import { useCurrentLiveQuery } from './use-current-live-query';
import type { EvidenceInput } from '../../domain/evidence/evidence-input';
import { db } from '../app-db';
import { loadEvidenceInput } from '../evidence-queries';

/** undefined while loading. */
export function useEvidenceInput(serviceId: string): EvidenceInput | undefined {
  return useCurrentLiveQuery(() => loadEvidenceInput(db, serviceId), [serviceId]);
}
