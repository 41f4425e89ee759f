import { BUILT_IN_SCALE } from '../domain/fidelity/scale-definition';
import type { FidelioDb } from './app-db';

/**
 * Stores the built-in scale version when its key is missing: on first start, and after an app
 * update raises BUILT_IN_SCALE_VERSION. An existing version is never overwritten, because old
 * reviews must keep showing the wording they were rated against.
 * Returns true when it wrote the scale.
 */
export async function ensureBuiltInScale(db: FidelioDb): Promise<boolean> {
  return db.transaction('rw', db.scales, async () => {
    const existing = await db.scales.get(BUILT_IN_SCALE.key);
    if (existing) return false;
    await db.scales.add(structuredClone(BUILT_IN_SCALE));
    return true;
  });
}
