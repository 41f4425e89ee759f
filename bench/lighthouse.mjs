// Lighthouse 12 (npm package) against the built app in Debian's Chromium, mobile profile.
// It has no PWA category any more; offline and installability are checked by our browser tests.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, fullChromePath, startPreview } from '../test/e2e/harness.mjs';

export async function runLighthouse({ runs = 3 } = {}) {
  const server = await startPreview();
  const chrome = await launch({ chromePath: fullChromePath(), chromeFlags: CHROMIUM_ARGS });
  const scores = { performance: [], accessibility: [], bestPractices: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${server.url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories } = result.lhr;
      scores.performance.push(Math.round(categories.performance.score * 100));
      scores.accessibility.push(Math.round(categories.accessibility.score * 100));
      scores.bestPractices.push(Math.round(categories['best-practices'].score * 100));
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    performance: median(scores.performance),
    accessibility: median(scores.accessibility),
    bestPractices: median(scores.bestPractices),
  };
}

if (process.argv[1]?.endsWith('lighthouse.mjs')) console.log(await runLighthouse({ runs: 1 }));
