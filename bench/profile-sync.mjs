// Where a first team sync's time goes (issue 17): the bench's largest service on a team server
// started here, restored once on a device through the app (its records seed the server, as in
// bench/sync.mjs), then an empty device signs in and syncs while this records, per second, the
// documents in its PouchDB and the records in its Dexie, the CPU seconds of this Node process (the
// team server) and of each kind of Chromium process (the renderer runs the app, the storage
// service writes IndexedDB), the /couchdb requests, and a CPU profile of the page (CDP).
// Usage: npm run build && node bench/profile-sync.mjs; DIST=<dir> uses a build made with
// `vite build --minify false --outDir <dir>` (readable names). The profile goes to bench/.tmp/.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/e2e/harness.mjs';
import { startTeamServer } from '../scripts/team-server/server.mjs';
import { setupTeam } from '../scripts/team-server/setup.mjs';
import { generateDataset } from './dataset.mjs';
import { ADMIN, COACH, countsOnDevice, largestService, recordsOnDevice, seedServer } from './sync.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
mkdirSync(path.join(ROOT, 'bench/.tmp'), { recursive: true });

/** CPU seconds of each process under `root`, keyed by pid, with its Chromium --type. */
function processCpu(root) {
  const byParent = new Map();
  const info = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = !cmd.includes('chrom') ? 'node' : (/--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser');
      const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
      info.set(Number(pid), { ticks: Number(fields[11]) + Number(fields[12]), type: sub ? `${type}:${sub.split('.').pop()}` : type });
      const ppid = Number(fields[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(pid));
    } catch {
      // ended meanwhile
    }
  }
  const out = new Map();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    if (info.has(pid)) out.set(pid, info.get(pid));
    queue.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

function cpuByType(before, after) {
  const sums = {};
  for (const [pid, { ticks, type }] of after) sums[type] = (sums[type] ?? 0) + (ticks - (before.get(pid)?.ticks ?? 0)) / 100;
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const incl = new Map();
  const key = (f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += d;
    const k = key(byId.get(id).callFrame);
    self.set(k, (self.get(k) ?? 0) + d);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur).callFrame);
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + d);
    }
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / 1000).toFixed(2).padStart(7)} s ${k}`)
      .join('\n');
  console.log(`page CPU profile: ${(total / 1000).toFixed(1)} s sampled\n self:\n${top(self, 30)}\n inclusive:\n${top(incl, 60)}`);
}

const { backup } = generateDataset();
const service = largestService(backup);
const work = await mkdtemp(path.join(tmpdir(), 'fidelio-profile-sync-'));
const file = path.join(work, 'service.json');
await writeFile(file, JSON.stringify(service.backup));
const server = await startTeamServer({
  port: 0,
  dataDir: path.join(work, 'team-server'),
  dist: process.env.DIST ?? path.join(ROOT, 'dist'),
  admin: ADMIN,
});
const browser = await launchBrowser({ full: true });
try {
  await setupTeam(
    server.couchUrl,
    { services: [{ id: service.id, name: service.name }], users: [{ ...COACH, services: { [service.id]: ['coach'] } }] },
    { admin: ADMIN },
  );
  const newPage = async () =>
    (await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 }, locale: 'fi-FI' })).newPage();
  const off = await newPage();
  await off.goto('/backup');
  const restoreCpu = processCpu(process.pid);
  const restoreStarted = Date.now();
  await off.locator('input[type=file]').setInputFiles(file);
  const restore = off.getByRole('button', { name: 'Palauta', exact: true });
  await restore.and(off.locator(':enabled')).waitFor({ timeout: 300_000 });
  await restore.click();
  await off.getByText(/Palautus valmis/).waitFor({ timeout: 600_000 });
  console.log(`restore: ${Date.now() - restoreStarted} ms; CPU s`, cpuByType(restoreCpu, processCpu(process.pid)));
  const total = await seedServer(server, service.id, await recordsOnDevice(off));
  await off.context().close();
  console.log(`server seeded: ${total} documents`);

  const page = await newPage();
  // Every IndexedDB request the page makes, counted per database, store and method.
  await page.addInitScript(() => {
    const counts = (window.__idbCounts = {});
    const wrap = (proto, kind) => {
      for (const method of ['get', 'getAll', 'getAllKeys', 'put', 'add', 'delete', 'count', 'openCursor', 'openKeyCursor']) {
        const original = proto[method];
        if (typeof original !== 'function') continue;
        proto[method] = function (...args) {
          const store = kind === 'index' ? `${this.objectStore.name}[${this.name}]` : this.name;
          const db = (kind === 'index' ? this.objectStore : this).transaction.db.name.replace(/^_pouch_.*/, 'pouch');
          const key = `${db} ${store} ${method}`;
          counts[key] = (counts[key] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
    };
    wrap(IDBObjectStore.prototype, 'store');
    wrap(IDBIndex.prototype, 'index');
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args) {
      const key = `${this.name.replace(/^_pouch_.*/, 'pouch')} transaction ${args[1] ?? 'readonly'}`;
      counts[key] = (counts[key] ?? 0) + 1;
      return transaction.apply(this, args);
    };
  });
  const requests = { count: 0, ms: 0, byKind: {} };
  const startedAt = new Map();
  page.on('request', (r) => r.url().includes('/couchdb/') && startedAt.set(r, Date.now()));
  page.on('requestfinished', (r) => {
    if (!startedAt.has(r)) return;
    const ms = Date.now() - startedAt.get(r);
    const kind = `${r.method()} ${new URL(r.url()).pathname.split('/').slice(3).join('/').replace(/:.*/, ':…') || '/'}`;
    const k = (requests.byKind[kind] ??= { n: 0, ms: 0 });
    k.n += 1;
    k.ms += ms;
    timeline.push([startedAt.get(r), Date.now(), kind]);
  });
  const timeline = [];
  await page.goto('/settings/sync');
  await page.getByLabel('Käyttäjätunnus').fill(COACH.name);
  await page.getByLabel('Salasana').fill(COACH.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByLabel(service.name).setChecked(true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 2000 });
  const pid = process.pid; // the browser is this process's child
  const cpuBefore = processCpu(pid);
  const nodeBefore = process.cpuUsage();
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.getByRole('button', { name: 'Pidä valitut palvelut tällä laitteella' }).click();
  let last = 0;
  let replicated = null;
  for (;;) {
    const { dexie, pouch } = await countsOnDevice(page);
    const t = Date.now() - started;
    if (replicated === null && pouch >= total) replicated = t;
    if (t - last >= 2000) {
      last = t;
      console.log(`${(t / 1000).toFixed(1).padStart(6)} s  pouch ${pouch}  dexie ${dexie}`);
    }
    if (dexie >= total) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const elapsed = Date.now() - started;
  const { profile } = await cdp.send('Profiler.stop');
  const node = process.cpuUsage(nodeBefore);
  console.log(`first sync: all in PouchDB ${replicated} ms, all in Dexie ${elapsed} ms`);
  console.log(
    `CPU s: team server (this Node process) ${((node.user + node.system) / 1e6).toFixed(1)};`,
    cpuByType(cpuBefore, processCpu(pid)),
  );
  console.log('requests:', JSON.stringify(requests.byKind));
  const from = started + elapsed / 3;
  for (const [a, b, kind] of timeline.filter(([a]) => a >= from && a < from + 6000))
    console.log(`  ${((a - started) / 1000).toFixed(2)}–${((b - started) / 1000).toFixed(2)} s ${kind.slice(0, 40)}`);
  const idb = await page.evaluate(() => window.__idbCounts);
  console.log('IndexedDB requests:');
  for (const [k, v] of Object.entries(idb).sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(7)} ${k}`);
  writeFileSync(path.join(ROOT, 'bench/.tmp/first-sync.cpuprofile'), JSON.stringify(profile));
  summarize(profile);
} finally {
  await browser.close();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
