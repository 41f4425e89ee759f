/** The parts of a reviewer's status the blind-rating rule looks at. */
export interface BlindFacts {
  finishedAt: string | null;
  revealedAt: string | null;
}

/**
 * Issue 7, blind rating: a reviewer sees the other reviewer's scores only when both have
 * finished, or when they themselves chose to reveal them. With no other reviewer (a missing
 * status) there is nothing to see yet.
 */
export function canSeeOtherScores(me: BlindFacts | null, other: BlindFacts | null): boolean {
  if (me?.revealedAt) return true;
  return Boolean(me?.finishedAt && other?.finishedAt);
}

/** Issue 7: the consensus is agreed once both reviewers have finished rating. */
export function isReadyForConsensus(statuses: readonly BlindFacts[]): boolean {
  return statuses.length >= 2 && statuses.every((status) => status.finishedAt !== null);
}
