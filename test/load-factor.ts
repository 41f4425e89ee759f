import os from 'node:os';

/**
 * How many times slower than a quiet machine this one is now: the load average per core, at least
 * 1 and at most 8 (as test/e2e/harness.mjs). Bounds on waits are multiplied by it: they only end a
 * wait that would never succeed, and on a 2-core machine shared by several engineers (load 20 was
 * seen) a fixed 20 s bound failed a screen that was right, only slow.
 */
export function loadFactor(): number {
  const perCore = os.loadavg()[0]! / Math.max(1, os.cpus().length);
  return Math.min(8, Math.max(1, perCore));
}
