// Times computeEvidence in Chromium: the domain layer is bundled with Vite's library build and
// run in a blank page on a service of 1,000 clients, 20,000 employer contacts and 2,000 jobs
// (issue 5) with 12 specialists, over the 12 months before a visit.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundleDomain() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: true, lib: { entry: path.join(ROOT, 'src/domain/index.ts'), formats: ['iife'], name: 'FidelioDomain' } },
  });
  const bundles = Array.isArray(output) ? output : [output];
  return bundles[0].output.find((chunk) => chunk.type === 'chunk').code;
}

export async function measureEvidence(browser, runs) {
  const page = await (await browser.newContext()).newPage();
  await page.addScriptTag({ content: await bundleDomain() });
  const timings = await page.evaluate((count) => {
    const day = (offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const int = (max) => Math.floor(rand() * max);
    const specialists = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, fte: i % 3 ? 1 : 0.5 }));
    const clients = Array.from({ length: 1000 }, (_, i) => ({
      id: `c${i}`,
      specialistId: `s${int(12)}`,
      startDate: day(int(600) - 200),
      closedDate: rand() < 0.3 ? day(int(400)) : null,
    }));
    const employerContacts = Array.from({ length: 20_000 }, (_, i) => ({
      id: `k${i}`,
      specialistId: `s${int(12)}`,
      employerId: `e${int(400)}`,
      date: day(int(600) - 200),
      faceToFace: rand() < 0.7,
      clientIds: rand() < 0.5 ? [`c${int(1000)}`] : [],
    }));
    const jobs = Array.from({ length: 2000 }, (_, i) => ({
      id: `j${i}`,
      clientId: `c${int(1000)}`,
      employerId: `e${int(400)}`,
      jobType: `type ${int(60)}`,
      startDate: day(int(600) - 200),
      endDate: rand() < 0.4 ? day(int(600)) : null,
      competitive: rand() < 0.8,
    }));
    const input = { specialists, clients, employerContacts, jobs };
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const { computeEvidence } = globalThis.FidelioDomain;
    computeEvidence(input, period);
    return Array.from({ length: count }, () => {
      const started = performance.now();
      computeEvidence(input, period);
      return performance.now() - started;
    });
  }, runs);
  await page.context().close();
  return timings;
}
