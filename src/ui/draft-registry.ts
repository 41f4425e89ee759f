/**
 * Text fields save after a short pause in typing. Before anything reloads the page (an app
 * update, a language switch) every pending draft is flushed here, so no keystroke is lost.
 */
type Flush = () => Promise<void>;

const pending = new Set<Flush>();

export function registerDraft(flush: Flush): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([...pending].map((flush) => flush()));
}
