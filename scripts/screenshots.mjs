// `npm run screenshots`: refreshes the screenshots the README shows. Builds the app, runs the
// browser tests (which write every screenshot to test-results/screenshots/, an ignored folder, so
// that `npm run check` never changes a tracked file), then copies the ones README.md links to
// (docs/screenshots/<name>.png) over the committed copies. A new picture in the README is picked
// up by its link; the test that takes it only has to call screenshot(page, '<name>').
// Usage: npm run screenshots [-- "<test name filter>"]   (a filter runs only some browser tests)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCREENSHOT_DIR } from '../test/e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const filter = process.argv[2];

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const shown = [...new Set([...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]))].sort();
if (shown.length === 0) {
  console.error('screenshots: README.md links to no docs/screenshots/*.png: nothing to refresh');
  process.exit(1);
}

const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`screenshots: \`${[path.basename(cmd), ...args].join(' ')}\` failed; docs/screenshots/ left as it was`);
    process.exit(result.status ?? 1);
  }
};

rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
step(npm, ['run', '--silent', 'build']);
step(process.execPath, [path.join(root, 'test', 'e2e', 'run.mjs'), ...(filter ? [filter] : [])]);

const missing = shown.filter((name) => !existsSync(path.join(SCREENSHOT_DIR, name)));
// Without a filter every picture the README shows must have been taken; with one, only the tests
// that take some of them ran, and those are refreshed (the rest are left as they are, and named).
if (missing.length > 0 && !filter) {
  console.error(`screenshots: no browser test wrote ${missing.join(', ')} (README.md shows them); docs/screenshots/ left as it was`);
  process.exit(1);
}
const taken = shown.filter((name) => !missing.includes(name));
if (taken.length === 0) {
  console.error(`screenshots: the tests matching "${filter}" take none of the README's pictures; docs/screenshots/ left as it was`);
  process.exit(1);
}
for (const name of taken) copyFileSync(path.join(SCREENSHOT_DIR, name), path.join(root, 'docs', 'screenshots', name));
console.log(`screenshots: refreshed ${taken.length} in docs/screenshots/: ${taken.join(', ')}`);
if (missing.length > 0) console.log(`screenshots: not taken by the tests matching "${filter}", left as they were: ${missing.join(', ')}`);
