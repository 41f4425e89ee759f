// The JavaScript the scoring screen loads (the entry chunk, everything it imports statically, the
// review screen's own chunks if it is split off, and whatever index.html preloads), gzipped,
// against its budget. Run after `vite build`; exits 1 when the budget is exceeded, so the build
// fails (issue 8).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const SCORING_BUDGET_KB = 150;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BUNDLE_DIST: measure a build written elsewhere (`vite build --outDir`).
const DIST = process.env.BUNDLE_DIST ?? path.join(ROOT, 'dist');
const REVIEW_SCREEN = 'src/features/reviews/review-screen.tsx';
// index.html runs it ahead of the app (vite.config.ts, firstReadScript): it must stay one small
// file that imports nothing, or it would wait for (or pull in) the app's code.
const FIRST_READ = 'src/app/first-read-start.ts';
const FIRST_READ_BUDGET_KB = 3;

const gzipKb = (file) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;

export function measureBundle() {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8'));
  const scoringFiles = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || scoringFiles.has(chunk.file)) return;
    scoringFiles.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(REVIEW_SCREEN);
  // Preloaded files are downloaded on every start, whether imported statically or not.
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  for (const [, href] of html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)) scoringFiles.add(href);
  const firstRead = manifest[FIRST_READ];
  if (!firstRead) throw new Error(`${FIRST_READ} is not an entry of the build`);
  if ((firstRead.imports ?? []).length > 0)
    throw new Error(`${FIRST_READ} imports ${firstRead.imports.join(', ')}: it must import nothing`);
  const firstReadKb = Math.round(gzipKb(firstRead.file) * 10) / 10;
  if (firstReadKb > FIRST_READ_BUDGET_KB) throw new Error(`${FIRST_READ} is ${firstReadKb} kB gzip, over its ${FIRST_READ_BUDGET_KB} kB`);
  // Dexie (the chunk vite.config.ts names `dexie`) loads after the scoring screen's first render
  // (src/db/load-app-db.ts): in the start's chunks it held the first choice back by ~60 ms at 4× CPU.
  const dexie = Object.values(manifest).find((chunk) => chunk.name === 'dexie');
  if (!dexie) throw new Error('no chunk named dexie in the build: vite.config.ts gives Dexie a chunk of its own');
  if (scoringFiles.has(dexie.file))
    throw new Error(`${dexie.file} (Dexie) is among the scoring screen's start files: load it with loadAppDb()`);
  const scoring = [...scoringFiles].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipKb(f), 0);
  const allJs = readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const total = allJs.reduce((sum, f) => sum + gzipKb(path.join('assets', f)), 0);
  return { scoring: Math.round(scoring * 10) / 10, total: Math.round(total * 10) / 10, scoringFiles: [...scoringFiles] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { scoring, total, scoringFiles } = measureBundle();
  console.log(`JavaScript, gzip: scoring screen ${scoring} kB (budget ${SCORING_BUDGET_KB} kB), all ${total} kB`);
  console.log(`  scoring screen loads: ${scoringFiles.join(', ')}`);
  if (scoring > SCORING_BUDGET_KB) {
    console.error(`The scoring screen's JavaScript is ${scoring} kB gzip, over its ${SCORING_BUDGET_KB} kB budget.`);
    process.exit(1);
  }
}
