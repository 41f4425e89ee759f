import { BUILT_IN_SCALE_KEY } from '../domain/fidelity/scale-definition';
import type { FidelioDb } from './app-db';

/**
 * Stores the built-in scale version when its key is missing: on first start, and after an app
 * update raises BUILT_IN_SCALE_VERSION. An existing version is never overwritten, because old
 * reviews must keep showing the wording they were rated against.
 * The wording is loaded only when it has to be written, so a normal start does not carry it.
 * Returns true when it wrote the scale.
 */
export async function ensureBuiltInScale(db: FidelioDb): Promise<boolean> {
  if (await db.scales.get(BUILT_IN_SCALE_KEY)) return false;
  const { BUILT_IN_SCALE } = await import('../domain/fidelity/built-in-scale');
  return db.transaction('rw', db.scales, async () => {
    if (await db.scales.get(BUILT_IN_SCALE_KEY)) return false;
    await db.scales.add(structuredClone(BUILT_IN_SCALE));
    return true;
  });
}
