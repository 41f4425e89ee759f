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

/**
 * Runs `action` once every pending draft is saved. For actions that lock records or read them out
 * (mark my rating finished, finalise, download a file, make a backup): a note typed a moment before
 * the tap must be in the file, and must not arrive after the lock, where it would be refused.
 */
export async function afterDraftsSaved<T>(action: () => Promise<T>): Promise<T> {
  await flushAllDrafts();
  return action();
}
