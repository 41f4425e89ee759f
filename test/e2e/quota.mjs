// A full disk for browser tests: CDP's Storage.overrideQuotaForOrigin, and what it takes to make
// Chromium's IndexedDB notice it.

// Random, so that Chromium's compression of large IndexedDB values cannot shrink it.
const PROBE_WRITE = (bytes) =>
  new Promise((resolve) => {
    const request = indexedDB.open('fidelio-quota-probe');
    request.onupgradeneeded = () => request.result.createObjectStore('probe');
    request.onerror = () => resolve(request.error?.name ?? 'open failed');
    request.onsuccess = () => {
      const db = request.result;
      const random = new Uint8Array(3_000);
      let text = '';
      while (text.length < bytes) {
        crypto.getRandomValues(random);
        text += btoa(String.fromCharCode(...random));
      }
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put(text, Math.random());
      tx.oncomplete = () => {
        db.close();
        resolve('stored');
      };
      tx.onabort = () => {
        db.close();
        resolve(tx.error?.name ?? 'aborted');
      };
    };
  });

const DELETE_PROBE = () =>
  new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('fidelio-quota-probe');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

/**
 * Sets the page origin's quota to its current usage plus `headroom` bytes. Chromium's IndexedDB
 * keeps the space it last saw as free for up to about 30 s, so this waits (probing with writes
 * bigger than the headroom into a database of its own) until IndexedDB refuses one. Returns
 * `reset()`, which lifts the limit and removes the probe database.
 * @param {import('playwright-core').Page} page
 */
export async function fillTheDisk(page, { headroom = 10_000, timeoutMs = 90_000 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + headroom });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await page.evaluate(PROBE_WRITE, headroom * 2);
    if (result === 'QuotaExceededError') break;
    if (result !== 'stored') throw new Error(`quota probe failed: ${result}`);
    if (Date.now() > deadline) throw new Error(`IndexedDB still stores data ${timeoutMs} ms after the quota was set to usage + ${headroom} bytes`);
    await page.waitForTimeout(1_000);
  }
  return {
    usage,
    reset: async () => {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await page.evaluate(DELETE_PROBE);
      await cdp.detach();
    },
  };
}
