// Steps several browser tests share, in the words a user would use.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, afterThisTest, chromePath } from './harness.mjs';

/** From the empty service list: load the demo and open Kätevä's 2022 review (91 points). */
export async function openDemoReview(page) {
  await page.goto('/');
  await page.getByRole('button', { name: /Lataa esimerkkiaineisto|Load the demo/ }).click();
  await page
    .getByRole('link', { name: /Kätevä/ })
    .first()
    .click();
  await page.getByTestId('review-row').first().click();
  await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
}

/** Reopens the final review on screen for editing. */
export async function reopenReview(page) {
  await page.getByRole('button', { name: /Avaa uudelleen muokattavaksi|Reopen for editing/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Avaa uudelleen muokattavaksi|Reopen for editing/ })
    .click();
  await page
    .getByTestId('review-status')
    .filter({ hasText: /Kesken|In progress/ })
    .waitFor();
}

/** Counts records per object store with the bare IndexedDB API (nothing of the app's code). */
export function countRecords(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('fidelio');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const counts = {};
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => {
              counts[name] = count.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/**
 * Starts Chromium as a process of our own, with a profile folder that outlives it, so a test can
 * kill it with SIGKILL (no unload events, as when a tablet's app is swiped away) and start again.
 * Connects once Chromium says where its DevTools listen (port 0: it picks a free one itself).
 * The test kills it when it wants; the runner kills it at the end of the test in any case.
 */
export async function startKillableChromium(userDataDir, { timeoutMs = 20_000 } = {}) {
  // Its own process group: the kill takes every Chromium process at once (renderers, the storage
  // and network services), as a swiped-away app goes. Killing only the main process left children
  // writing into the profile while the test removed it (ENOTEMPTY).
  const child = spawn(chromePath(), [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = async () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* the group is gone already */
    }
    await exited;
  };
  // Killed when the test ends even if the test's own code never gets to it.
  afterThisTest(kill);
  try {
    const endpoint = await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open DevTools within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.stderr.on('data', (chunk) => {
        output += chunk;
        const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited before DevTools opened (code ${code}, signal ${signal}):\n${output}`));
      });
    });
    // Keep reading, so a full pipe never blocks Chromium.
    child.stderr.resume();
    const browser = await chromium.connectOverCDP(endpoint);
    return { browser, context: browser.contexts()[0], kill };
  } catch (error) {
    await kill();
    throw error;
  }
}

/** Prints the page to an A4 PDF, turns it into PNG pages and returns their paths and the PDF's text. */
export async function printToPng(page, name, outDir) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const pdfPath = path.join(outDir, `${name}.pdf`);
  await writeFile(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  let text;
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, path.join(outDir, name)]);
    text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
  } catch (error) {
    throw new Error(`pdftoppm/pdftotext failed — is poppler-utils installed (apt-get install -y poppler-utils)? ${error.message}`, {
      cause: error,
    });
  }
  const pages = (await readdir(outDir)).filter((f) => f.startsWith(name) && f.endsWith('.png')).sort();
  return { pages: pages.map((f) => path.join(outDir, f)), text };
}
