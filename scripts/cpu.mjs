// CPU seconds used by this process and everything under it (the browser, its renderers, preview
// servers), read from /proc. Wall time on a shared machine says more about the neighbours than
// about the tests; CPU time is the same whatever else runs, so the runner reports it beside the
// wall clock. Linux only; elsewhere `cpuSeconds()` returns null and nothing is reported.
import { readFileSync, readdirSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ: 100 on every Linux the tests run on

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) may hold spaces and brackets: the fields after it start past the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1]),
      // utime, stime, cutime, cstime: own time and that of children already ended and reaped.
      ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
      childTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null; // ended between listing and reading
  }
}

/** CPU seconds of this process and all its descendants (living ones, plus the reaped ones they account for). */
export function cpuSeconds() {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const byParent = new Map();
  const ticks = new Map();
  for (const pid of pids) {
    const s = stat(pid);
    if (!s) continue;
    ticks.set(Number(pid), s.ticks);
    if (!byParent.has(s.ppid)) byParent.set(s.ppid, []);
    byParent.get(s.ppid).push(Number(pid));
  }
  let total = 0;
  const queue = [process.pid];
  while (queue.length > 0) {
    const pid = queue.pop();
    total += ticks.get(pid) ?? 0;
    queue.push(...(byParent.get(pid) ?? []));
  }
  return total / ticksPerSecond;
}

/** CPU seconds of this process's children that have ended (and been waited for), with theirs. */
export function endedChildrenCpuSeconds() {
  const s = stat(process.pid);
  if (!s) return null;
  return s.childTicks / ticksPerSecond;
}
