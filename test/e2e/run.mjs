// Runs every test/e2e/*.e2e.mjs against one `vite preview` of the built app (dist/), in one
// browser, three tests side by side (E2E_WORKERS=1 runs them one by one).
// Usage: node test/e2e/run.mjs [name filter]     (build first: npm run build)
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SCREENSHOT_DIR, startPreview, launchBrowser, run, registeredTests } from './harness.mjs';

const dist = path.join(ROOT, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`e2e: ${dist}/index.html not found — build the app first with \`npm run build\`.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const dir = path.join(ROOT, 'test', 'e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort();
for (const file of files) {
  await import(pathToFileURL(path.join(dir, file)).href);
}
if (registeredTests().length === 0) {
  console.error('e2e: no tests registered (no test/e2e/*.e2e.mjs files call test()).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const filter = process.argv[2];
// Some tests copy files into it without calling screenshot() first.
mkdirSync(SCREENSHOT_DIR, { recursive: true });
let server;
let browser;
try {
  server = await startPreview();
  browser = await launchBrowser();
  console.log(`e2e: ${files.length} file(s) against ${server.url} with ${browser.version()}`);
  await run({ browser, url: server.url }, { filter });
} catch (err) {
  console.error('e2e: could not run the tests:', err && err.stack ? err.stack : err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
}

// Every test stops what it started in its `finally`, but a stopped team server can leave timers
// behind: express-pouchdb's heartbeat for a long-polling _changes request is cleared only when
// PouchDB ends that feed, which a closed socket does not always cause. Nothing is running any more,
// so the run ends here instead of waiting for them (or hanging the check until CI's limit).
setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
