import { BUILT_IN_SCALE_KEY } from '../domain/fidelity/scale-definition';
import type { FidelioDb } from './app-db';

/**
 * Whether the key is stored, by counting it: reading the record would copy the whole scale's wording
 * (three languages) out of IndexedDB on the main thread on every start, in the middle of opening the
 * first screen, only to throw it away.
 */
async function isStored(db: FidelioDb): Promise<boolean> {
  return (await db.scales.where(':id').equals(BUILT_IN_SCALE_KEY).count()) > 0;
}

/**
 * Stores the built-in scale version when its key is missing: on first start, and after an app
 * update raises BUILT_IN_SCALE_VERSION. An existing version is never overwritten, because old
 * reviews must keep showing the wording they were rated against.
 * The wording is loaded only when it has to be written, so a normal start does not carry it.
 * Returns true when it wrote the scale.
 */
export async function ensureBuiltInScale(db: FidelioDb): Promise<boolean> {
  if (await isStored(db)) return false;
  const { BUILT_IN_SCALE } = await import('../domain/fidelity/built-in-scale');
  return db.transaction('rw', db.scales, async () => {
    if (await isStored(db)) return false;
    await db.scales.add(structuredClone(BUILT_IN_SCALE));
    return true;
  });
}
