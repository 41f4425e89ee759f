import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../app-db';
import { hasDemo } from '../repos/demo-meta';

/** undefined while loading. */
export function useHasDemo(): boolean | undefined {
  return useLiveQuery(() => hasDemo(db), []);
}
