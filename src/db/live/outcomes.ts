import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceInput } from '../../domain/evidence/evidence-input';
import { db } from '../app-db';
import { loadEvidenceInput } from '../evidence-queries';

/** undefined while loading. */
export function useEvidenceInput(serviceId: string): EvidenceInput | undefined {
  return useLiveQuery(() => loadEvidenceInput(db, serviceId), [serviceId]);
}
