// `npm run check`: every check. First the build, alone: the browser tests need it, so it is on the
// longest path (beside the unit tests it took 8 s at load 6 but 71 s at load 13–16). Then two
// lanes for two cores: the end-to-end tests (test/e2e/run.mjs) against the build, and beside them
// the unit tests (vitest), then typecheck, lint and the formatting check (Prettier). The browser
// tests are the long pole, so starting them at once instead of after the unit tests takes the unit
// tests' time off the total. (Not at a lower priority: on a machine shared with
// others that starved them. The unit tests wait on conditions, so sharing cannot fail them.) Last,
// the working tree must be as it was: a check that changes a tracked file (or leaves a new, unignored
// one) fails.
// Steps that run side by side print their output when they end; the browser tests stream theirs.
// Closes with ONE line `N passed, N failed` (unit + e2e tests; a failed step that is not a test
// suite counts as one failure) and exits non-zero if anything failed.
// `npm run check -- "<name filter>"` runs only the browser tests whose name contains the filter.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, endedChildrenCpuSeconds } from './cpu.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const checkStarted = Date.now();
const cpuAtStart = cpuSeconds();
// CPU seconds of the steps that have ended so far: a step's own CPU time is the growth of this
// between its end and the previous step's end (a child's time is counted when it ends).
let endedCpu = endedChildrenCpuSeconds();
// CPU seconds the ended-children figure cannot see: Chromium's renderer processes outlive the
// browser process and are reaped by init, not by this process. The browser test runner reads
// them from /proc while the browser runs; the difference is added here (measured on 4 browser
// tests: 55 CPU s by the runner's reading, 21 by the ended children's).
let unseenCpu = 0;

let passed = 0;
let failed = 0;
const failedSteps = [];
const durations = [];

const seconds = (ms) => `${Math.round(ms / 1000)} s`;

/**
 * Runs a command. `live`: output goes straight to the terminal (and is kept when `keep` is set);
 * otherwise it is collected and printed in one piece when the command ends.
 */
function runStep(name, cmd, args, { live = false, keep = false } = {}) {
  const started = Date.now();
  if (!live) console.log(`check: ${name} started`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      if (live) process.stdout.write(d);
      if (keep || !live) out += d;
    });
    child.stderr.on('data', (d) => {
      if (live) process.stderr.write(d);
      else out += d;
    });
    const done = (code) => {
      const ms = Date.now() - started;
      const ended = endedChildrenCpuSeconds();
      const cpuSeen = ended === null || endedCpu === null ? null : ended - endedCpu;
      const cpu = cpuSeen === null ? '' : ` (${Math.round(cpuSeen)} CPU s)`;
      endedCpu = ended;
      durations.push(`${name} ${seconds(ms)}${cpu}`);
      if (!live) {
        console.log(`\n━━ check: ${name} (${seconds(ms)}) ━━`);
        process.stdout.write(out.endsWith('\n') || out === '' ? out : `${out}\n`);
      }
      resolve({ code, out, cpuSeen });
    };
    child.on('error', (err) => {
      out += `check: could not start ${cmd}: ${err.message}\n`;
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

function stepFailed(name) {
  failed++;
  failedSteps.push(name);
}

/** Paths git reports as changed or new (not ignored), each with a hash of its content. */
function treeState() {
  let listing;
  try {
    listing = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  } catch {
    return null; // not a git checkout (e.g. an unpacked archive): nothing to compare
  }
  const state = new Map();
  const entries = listing.split('\0').filter(Boolean);
  for (let i = 0; i < entries.length; i++) {
    const status = entries[i].slice(0, 2);
    const file = entries[i].slice(3);
    if (status.startsWith('R') || status.startsWith('C')) i++; // the next entry is the old name
    const full = path.join(root, file);
    state.set(file, existsSync(full) ? createHash('sha1').update(readFileSync(full)).digest('hex') : 'deleted');
  }
  return state;
}

/** Unit tests, counted from vitest's JSON report. */
async function unitTests() {
  const resultsDir = path.join(root, 'test-results');
  const jsonFile = path.join(resultsDir, 'vitest.json');
  mkdirSync(resultsDir, { recursive: true });
  rmSync(jsonFile, { force: true });
  const { code } = await runStep('unit tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${jsonFile}`,
  ]);
  let counted = false;
  let failedTests = 0;
  if (existsSync(jsonFile)) {
    try {
      const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
      passed += report.numPassedTests ?? 0;
      failedTests = report.numFailedTests ?? 0;
      failed += failedTests;
      counted = true;
      console.log(`check: unit tests ${report.numPassedTests ?? 0} passed, ${failedTests} failed`);
    } catch (err) {
      console.error(`check: could not read ${jsonFile}: ${err.message}`);
    }
  }
  if (code !== 0) {
    // A failing run with no failed test counted (e.g. a suite that failed to import) still fails.
    if (!counted || failedTests === 0) stepFailed('unit tests');
    else failedSteps.push('unit tests');
  }
}

/** Typecheck, lint and the formatting check, one after another; a failure does not stop the next one. */
async function staticChecks() {
  for (const [name, script] of [
    ['typecheck', 'typecheck'],
    ['lint', 'lint'],
    ['format (Prettier)', 'format:check'],
  ]) {
    const { code } = await runStep(name, npm, ['run', '--silent', script]);
    if (code !== 0) stepFailed(name);
  }
}

/** The build; whether it passed. */
async function build() {
  const { code } = await runStep('build', npm, ['run', '--silent', 'build']);
  if (code !== 0) {
    stepFailed('build');
    console.log('\ncheck: end-to-end tests not run, as the build failed');
  }
  return code === 0;
}

async function browserTests() {
  console.log('\n━━ check: end-to-end tests ━━');
  const filter = process.argv[2];
  const args = [path.join(root, 'test', 'e2e', 'run.mjs'), ...(filter ? [filter] : [])];
  const { code, out, cpuSeen } = await runStep('end-to-end tests', process.execPath, args, { live: true, keep: true });
  const runnerCpu = [...out.matchAll(/^e2e: \d+ test\(s\) in \d+ s, (\d+) CPU s/gm)].at(-1);
  if (runnerCpu && cpuSeen !== null && Number(runnerCpu[1]) > cpuSeen) {
    unseenCpu += Number(runnerCpu[1]) - cpuSeen;
    durations[durations.length - 1] = durations.at(-1).replace(/\(\d+ CPU s\)$/, `(${runnerCpu[1]} CPU s with the browser's renderers)`);
  }
  const last = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  if (last) {
    passed += Number(last[1]);
    failed += Number(last[2]);
  }
  if (code !== 0) {
    if (!last || Number(last[2]) === 0) stepFailed('end-to-end tests');
    else failedSteps.push('end-to-end tests');
  }
}

const before = treeState();

const built = await build();
await Promise.all([built ? browserTests() : null, unitTests().then(staticChecks)]);

const after = treeState();
if (before && after) {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
  if (changed.length > 0) {
    console.error(
      `\ncheck: the run changed files under version control (or left new ones that are not ignored):\n` +
        changed.map((file) => `    ${file}`).join('\n') +
        '\n       Checks must write only to ignored folders (test-results/, dist/); screenshots for the\n' +
        '       README are refreshed on purpose with `npm run screenshots`.',
    );
    stepFailed('working tree unchanged');
  }
}

// CPU seconds: the same whatever else runs on the machine, unlike the wall clock (see os.loadavg).
const cpuInAll = cpuAtStart === null ? '' : `, ${Math.round(cpuSeconds() - cpuAtStart + unseenCpu)} CPU s`;
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`\ncheck: ${durations.join(', ')}; ${seconds(Date.now() - checkStarted)} in all${cpuInAll} (load average now ${load})`);
if (failedSteps.length > 0) console.error(`check: FAILED at ${failedSteps.join(', ')}`);
else console.log('check: all steps passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
