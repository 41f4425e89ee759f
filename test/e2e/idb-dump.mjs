// Reads the app's database with the bare IndexedDB API (nothing of the app's code), for tests
// that compare what is stored before and after something happens.

/**
 * Every record of every object store of `name`, keyed by store name, in key order; Dates and
 * other structured-clone values come back as their JSON form.
 * @param {import('playwright-core').Page} page
 */
export function dumpDatabase(page, name = 'fidelio') {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = [...db.objectStoreNames];
          const dump = {};
          const tx = db.transaction(stores, 'readonly');
          for (const store of stores) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => {
              dump[store] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}
