import os from 'node:os';

/**
 * How many times slower than a quiet machine this one is now: the load average per core, at
 * least 1 and at most 8. Bounds on waits (a test's timeout, Playwright's default, the service
 * worker's, Testing Library's findBy) are multiplied by it. They only end a wait that would never
 * succeed: a condition that holds returns at once, so a larger bound costs nothing, while on a
 * 2-core machine shared by several engineers (load 25 was seen) a fixed 20 s bound failed tests
 * whose behaviour was right.
 */
export function loadFactor() {
  const perCore = os.loadavg()[0] / Math.max(1, os.cpus().length);
  return Math.min(8, Math.max(1, perCore));
}
