// Installs a package's dependencies (`npm ci`) only when its node_modules is missing or older than
// its package-lock.json, so `npm start` and `npm run bench` do not reinstall on every run.
// Usage: node scripts/install-if-stale.mjs [folder with package.json]   (default: the repository)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True when `dir` has no node_modules, or its lockfile changed after the last install. */
export function needsInstall(dir) {
  const lockfile = path.join(dir, 'package-lock.json');
  // npm writes node_modules/.package-lock.json at the end of every install.
  const installed = path.join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return true;
  return existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(installed).mtimeMs;
}

export function installIfStale(dir) {
  if (!needsInstall(dir)) return;
  console.log(`Installing the dependencies of ${path.relative(root, dir) || 'the app'} (npm ci)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm ci failed in ${dir}`);
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  installIfStale(path.resolve(root, process.argv[2] ?? '.'));
}
