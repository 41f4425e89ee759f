import * as z from 'zod/mini';
import type { FidelioDb } from '../app-db';

// Apart from ./demo, so that asking "is the demo loaded?" (the service list does) does not load
// the demo's records and the code that writes them.
export const DEMO_KEY = 'demo';

/** What meta 'demo' holds: the services whose records are all demo data. */
const DemoMetaSchema = z.object({ serviceIds: z.array(z.string()) });
export type DemoMeta = z.infer<typeof DemoMetaSchema>;

export function parseDemoMeta(value: unknown): DemoMeta | null {
  const result = DemoMetaSchema.safeParse(value);
  return result.success ? result.data : null;
}

export async function hasDemo(db: FidelioDb): Promise<boolean> {
  return parseDemoMeta((await db.meta.get(DEMO_KEY))?.value) !== null;
}
