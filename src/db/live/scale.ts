import { useCurrentLiveQuery } from './use-current-live-query';
import type { ScaleDefinition } from '../../domain/fidelity/scale-definition';
import { db } from '../app-db';
import { getScale } from '../queries';

/** undefined while loading, null when no such scale version is stored. */
export function useScale(key: string): ScaleDefinition | null | undefined {
  return useCurrentLiveQuery(() => getScale(db, key), [key]);
}
