import { useCurrentLiveQuery } from './use-current-live-query';
import { db } from '../app-db';
import { hasDemo } from '../repos/demo-meta';

/** undefined while loading. */
export function useHasDemo(): boolean | undefined {
  return useCurrentLiveQuery(() => hasDemo(db), []);
}
