// Steps several browser tests share, in the words a user would use.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from './harness.mjs';

/** From the empty service list: load the demo and open Kätevä's 2022 review (91 points). */
export async function openDemoReview(page) {
  await page.goto('/');
  await page.getByRole('button', { name: /Lataa esimerkkiaineisto|Load the demo/ }).click();
  await page.getByRole('link', { name: /Kätevä/ }).first().click();
  await page.getByTestId('review-row').first().click();
  await page.getByTestId('total-score').filter({ hasText: '91' }).waitFor();
}

/** Reopens the final review on screen for editing. */
export async function reopenReview(page) {
  await page.getByRole('button', { name: /Avaa uudelleen muokattavaksi|Reopen for editing/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Avaa uudelleen muokattavaksi|Reopen for editing/ }).click();
  await page.getByTestId('review-status').filter({ hasText: /Kesken|In progress/ }).waitFor();
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Chromium as a process of our own, with a profile folder that outlives it, so a test can
 * kill it with SIGKILL (no unload events, as when a tablet's app is swiped away) and start again.
 */
export async function startKillableChromium(userDataDir) {
  const port = await freePort();
  const child = spawn(chromePath(), [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return { browser, context: browser.contexts()[0], kill: async () => {
        child.kill('SIGKILL');
        await exited;
      } };
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
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
    throw new Error(`pdftoppm/pdftotext failed — is poppler-utils installed (apt-get install -y poppler-utils)? ${error.message}`, { cause: error });
  }
  const pages = (await readdir(outDir)).filter((f) => f.startsWith(name) && f.endsWith('.png')).sort();
  return { pages: pages.map((f) => path.join(outDir, f)), text };
}

