/**
 * Raw IndexedDB work done inside an extension page (passed to `page.evaluate`, so each function
 * is self-contained): seeding the app's database, and the baselines the app is compared with.
 */

/** Replaces every protégé, note and stage event in the app's `mentor-up` database (schema made by the app). */
export async function seedAppDatabase({ proteges, notes, stageEvents }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('mentor-up');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => reject(new Error('The app has not created its database yet.'));
  });
  const stores = ['proteges', 'notes', 'stageEvents'];
  const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
  for (const store of stores) tx.objectStore(store).clear();
  for (const protege of proteges) tx.objectStore('proteges').put(protege);
  for (const note of notes) tx.objectStore('notes').put(note);
  for (const event of stageEvents) tx.objectStore('stageEvents').put(event);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('Seeding aborted.'));
  });
  db.close();
  return { proteges: proteges.length, notes: notes.length };
}

/**
 * The floor for "saved": one note-sized record put in its own database with the same
 * durability the app asks for. Returns ms from the start of the transaction to its commit.
 */
export async function rawIdbWrite(record) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-raw', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
  tx.objectStore('notes').put(record);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const took = performance.now() - start;
  db.close();
  return took;
}

/**
 * The floor for a search keystroke: the app's word index read directly, for the same prefix.
 * `firstPage`: the first 100 matching notes (what a results list shows); `matchKeys`: the
 * ids of every matching note; `allMatches`: those ids, then each of those notes (what a search
 * that ranks every match by reading it has to do).
 */
export async function rawIdbSearch(prefix) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('mentor-up');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
  const answer = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const notes = () => db.transaction('notes', 'readonly').objectStore('notes');

  let start = performance.now();
  const page = await answer(notes().index('words').getAll(range, 100));
  const firstPage = performance.now() - start;

  start = performance.now();
  const ids = [...new Set(await answer(notes().index('words').getAllKeys(range)))];
  const matchKeys = performance.now() - start;
  const store = notes();
  await Promise.all(ids.map((id) => answer(store.get(id))));
  const allMatches = performance.now() - start;

  db.close();
  return { firstPage, matchKeys, allMatches, firstPageCount: page.length, matchCount: ids.length };
}
