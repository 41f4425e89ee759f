// `npm run check`: every check, in order, stopping at the first failure:
// typecheck, lint, unit tests (vitest), build, end-to-end tests (test/e2e/run.mjs).
// Output is streamed. Closes with ONE line `N passed, N failed` (unit + e2e tests; a failed
// step that is not a test suite counts as one failure) and exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let passed = 0;
let failed = 0;

/** Runs a command with inherited stdio (or teed output when capture is set). */
function runStep(cmd, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      env: process.env,
    });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        out += d;
        process.stdout.write(d);
      });
      child.stderr.on('data', (d) => process.stderr.write(d));
    }
    child.on('error', (err) => {
      console.error(`check: could not start ${cmd}: ${err.message}`);
      resolve({ code: 127, out });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), out }));
  });
}

function finish(failedStep) {
  if (failedStep) console.error(`\ncheck: FAILED at ${failedStep}`);
  else console.log('\ncheck: all steps passed');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || failedStep ? 1 : 0);
}

function banner(name) {
  console.log(`\n━━ check: ${name} ━━`);
}

// 1–2: typecheck, lint
for (const [name, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
]) {
  banner(name);
  const { code } = await runStep(npm, ['run', '--silent', script]);
  if (code !== 0) {
    failed++;
    finish(name);
  }
}

// 3: unit tests
banner('unit tests (vitest)');
{
  const resultsDir = path.join(root, 'test-results');
  const jsonFile = path.join(resultsDir, 'vitest.json');
  mkdirSync(resultsDir, { recursive: true });
  rmSync(jsonFile, { force: true });
  const { code } = await runStep(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${jsonFile}`,
  ]);
  let counted = false;
  if (existsSync(jsonFile)) {
    try {
      const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      counted = true;
      console.log(`check: unit tests ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
    } catch (err) {
      console.error(`check: could not read ${jsonFile}: ${err.message}`);
    }
  }
  if (code !== 0) {
    // A failing run with no failed test counted (e.g. a suite that failed to import) still fails.
    if (!counted || failed === 0) failed++;
    finish('unit tests');
  }
}

// 4: build
banner('build');
{
  const { code } = await runStep(npm, ['run', '--silent', 'build']);
  if (code !== 0) {
    failed++;
    finish('build');
  }
}

// 5: end-to-end tests
banner('end-to-end tests');
{
  if (!process.env.CHROME_PATH && !existsSync('/usr/bin/chromium')) {
    console.error(
      'check: the end-to-end tests need Chromium, and /usr/bin/chromium is missing.\n' +
        '       Install it with:  apt-get install -y chromium   (or set CHROME_PATH to a Chromium binary)',
    );
    failed++;
    finish('end-to-end tests');
  }
  const { code, out } = await runStep(process.execPath, [path.join(root, 'test', 'e2e', 'run.mjs')], {
    capture: true,
  });
  const matches = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const last = matches.at(-1);
  if (last) {
    passed += Number(last[1]);
    failed += Number(last[2]);
  }
  if (code !== 0) {
    if (!last || Number(last[2]) === 0) failed++;
    finish('end-to-end tests');
  }
}

finish(null);
