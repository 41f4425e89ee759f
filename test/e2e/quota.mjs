// A full disk for browser tests: CDP's Storage.overrideQuotaForOrigin, and what it takes to make
// Chromium's IndexedDB notice it.

// Random bytes, so that Chromium's compression of large IndexedDB values cannot shrink it.
const PROBE_WRITE = (bytes) =>
  new Promise((resolve) => {
    const request = indexedDB.open('fidelio-quota-probe');
    request.onupgradeneeded = () => request.result.createObjectStore('probe');
    request.onerror = () => resolve(request.error?.name ?? 'open failed');
    request.onsuccess = () => {
      const db = request.result;
      const probe = new Uint8Array(bytes);
      for (let at = 0; at < bytes; at += 65_536) crypto.getRandomValues(probe.subarray(at, at + 65_536));
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put(probe, Math.random());
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
 * A disk the test can fill at once. Chromium's IndexedDB grants writes from the free space it
 * last learned from the quota manager, for up to 30 s, and asks again only for a write bigger
 * than what it may still grant (content/browser/indexed_db/instance/bucket_context.cc,
 * kBucketSpaceCacheTimeLimit). So, before the test stores anything, the origin's quota is set to
 * its usage plus `room` bytes (the app and its demo take about 3.4 MB): IndexedDB then never holds more
 * than `room` to grant. `fill()` sets the quota below the usage and writes one probe bigger than
 * `room` (into a database of its own), which makes IndexedDB ask again and refuse it — no waiting
 * for the old answer to age. Below, not at the usage plus a little: with 10 kB left, a finalise
 * (a few kB) was granted from those 10 kB and fault 3 failed (7 Dec); and the usage IndexedDB
 * reports moves as it compacts its files. `reset()` lifts the limit and removes the probe database.
 * @param {import('playwright-core').Page} page in a new context, not yet at the app (call before the first goto)
 * @param {string} url the app's base URL
 */
export async function limitTheDisk(page, url, { room = 8_000_000 } = {}) {
  // A page a finished test left (newAppPage without `fresh`) has used the origin's IndexedDB, which
  // may still grant writes from free space it learned then: the full disk would not be full.
  if (page.url() !== 'about:blank')
    throw new Error(
      `limitTheDisk needs a page in a new context, not yet at the app (this one is at ${page.url()}): newAppPage(…, { fresh: true })`,
    );
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(url).origin;
  const start = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: start.usage + room });
  return {
    /** Leaves no byte free (the quota at half the usage) and waits until IndexedDB refuses a write. */
    fill: async () => {
      const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
      const quotaSize = Math.floor(usage / 2);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
      const result = await page.evaluate(PROBE_WRITE, room + 1);
      if (result !== 'QuotaExceededError') {
        throw new Error(
          `IndexedDB ${result === 'stored' ? 'stored' : `answered ${result} to`} a ${room + 1}-byte write with the quota at ${quotaSize} bytes (usage ${usage})`,
        );
      }
      return { usage };
    },
    reset: async () => {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await page.evaluate(DELETE_PROBE).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}
