/**
 * Where drafts, pending edits, the picker snapshot and kept captures live: storage that no
 * content script can read. In Chrome that is the extension's local storage, closed to content
 * scripts with `setAccessLevel` (the background sets it at every start). Firefox has no such
 * setting (Bugzilla 1724754) and lets content scripts read and write local storage, so there
 * this text lives in an IndexedDB database of the extension's own origin, which a content
 * script (whose IndexedDB is the web page's) cannot open.
 *
 * The popup's early script uses it without the rest of the app: it imports one small helper.
 */

import { withExtensionLock } from './extension-lock';

export type StoredValues = Record<string, unknown>;
export type StoredChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export interface PrivateArea {
  /** `'local'` in Chrome, `'indexeddb'` where content scripts could read local storage. */
  readonly kind: 'local' | 'indexeddb';
  /** The values stored under `keys` (absent keys left out); every value when `keys` is omitted. */
  get(keys?: readonly string[]): Promise<StoredValues>;
  set(values: StoredValues): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Calls `listener` after a change made here or in any other page of the extension. */
  onChanged(listener: (changes: StoredChanges) => void): () => void;
}

/** The part of the browser's `storage.local` used here (native or through the polyfill). */
export interface ExtensionLocalStorage {
  get(keys?: string[] | null): Promise<StoredValues>;
  set(values: StoredValues): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged?: {
    addListener(listener: (changes: StoredChanges) => void): void;
    removeListener(listener: (changes: StoredChanges) => void): void;
  };
  setAccessLevel?: unknown;
}

/** Is this key one of the private values (as opposed to settings, which stay in local storage)? */
export function isPrivateKey(key: string): boolean {
  const name = key.endsWith('$') ? key.slice(0, -1) : key; // a storage item's version record
  return PRIVATE_KEYS.has(name) || PRIVATE_PREFIXES.some((prefix) => name.startsWith(prefix));
}

const PRIVATE_KEYS = new Set([
  'quickNoteDraft',
  'lastProtegeId',
  'pickerSnapshot',
  'panelNoteDraft',
  'sessionNoteDraft',
  'wrapUpDraft',
  'unsavedCaptures',
  'lastPopupTip',
]);
const PRIVATE_PREFIXES = ['formDraft:', 'pendingEdit:'];

/** Chrome's way: local storage itself, which `setAccessLevel` keeps from content scripts. */
export function localArea(local: ExtensionLocalStorage): PrivateArea {
  return {
    kind: 'local',
    get: (keys) => local.get(keys === undefined ? null : [...keys]),
    set: (values) => local.set(values),
    remove: (keys) => (keys.length ? local.remove([...keys]) : Promise.resolve()),
    onChanged(listener) {
      local.onChanged?.addListener(listener);
      return () => local.onChanged?.removeListener(listener);
    },
  };
}

export const PRIVATE_DATABASE = 'mentor-up-private';
const STORE = 'values';
/** Set once the private values a Firefox profile kept in local storage have moved here. */
const MOVED_MARK = '\u0000movedFromLocal';
const MOVE_LOCK = 'mentor-up:private-move';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Extension storage request failed.'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('Extension storage write failed.'));
  });
}

/**
 * A key-value store in IndexedDB. Every page of the extension hears the others' changes over a
 * BroadcastChannel. `legacy` is the local storage that earlier versions kept these values in:
 * they are moved out of it once, before the first read.
 *
 * A page that closes aborts its unfinished IndexedDB transactions, so a draft written on the
 * last keystroke before the popup closed would be lost. Each write is therefore first noted,
 * synchronously, in the page's own `localStorage` (the extension's origin: a content script's
 * `localStorage` is the web page's), and the note is dropped once the write has committed;
 * reads take a note that is still there over what the database holds.
 */
export function indexedDbArea(legacy?: ExtensionLocalStorage): PrivateArea {
  let opening: Promise<IDBDatabase> | undefined;
  const listeners = new Set<(changes: StoredChanges) => void>();
  let channel: BroadcastChannel | undefined;

  const tell = (changes: StoredChanges) => {
    if (Object.keys(changes).length === 0) return;
    for (const listener of listeners) listener(changes);
    channel?.postMessage(changes);
  };

  const open = (): Promise<IDBDatabase> => {
    opening ??= (async () => {
      const req = indexedDB.open(PRIVATE_DATABASE, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      const database = await request(req);
      // Another page deleting or upgrading the database: let it, and open again when next asked.
      database.onversionchange = () => {
        database.close();
        opening = undefined;
      };
      if (legacy) await moveFromLocal(database, legacy);
      return database;
    })();
    opening.catch(() => (opening = undefined));
    return opening;
  };

  const readAll = async (tx: IDBTransaction, keys: readonly string[] | undefined) => {
    const store = tx.objectStore(STORE);
    const values: StoredValues = {};
    if (keys === undefined) {
      const [allKeys, allValues] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      allKeys.forEach((key, i) => {
        if (typeof key === 'string' && key !== MOVED_MARK) values[key] = allValues[i];
      });
    } else {
      const found = await Promise.all(keys.map((key) => request(store.get(key))));
      keys.forEach((key, i) => {
        if (found[i] !== undefined) values[key] = found[i];
      });
    }
    return values;
  };

  /**
   * Runs `work` in a transaction. A connection closed under it (another page deleting or
   * upgrading the database) is opened again, once.
   */
  const transaction = async <T>(mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> => {
    let tx: IDBTransaction;
    try {
      tx = (await open()).transaction(STORE, mode);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      opening = undefined;
      tx = (await open()).transaction(STORE, mode);
    }
    return work(tx);
  };

  /** Keys this page is writing now: its own unfinished writes are not a closed page's. */
  const writing = new Map<string, number>();

  const write = (notes: WriteNotes, apply: (store: IDBObjectStore) => Promise<StoredChanges>) =>
    transaction('readwrite', async (tx) => {
      const done = finished(tx);
      let changes: StoredChanges;
      try {
        changes = await apply(tx.objectStore(STORE));
      } catch (error) {
        done.catch(() => undefined);
        try {
          tx.abort();
        } catch {
          // Already ended by the failed request.
        }
        throw error;
      }
      await done;
      notes.drop();
      tell(changes);
    }).finally(() => notes.settle());

  return {
    kind: 'indexeddb',
    async get(keys) {
      return withUnfinishedWrites(await transaction('readonly', (tx) => readAll(tx, keys)), keys, writing);
    },
    set(values) {
      const notes = noteWrites(Object.entries(values), writing);
      return write(notes, async (store) => {
        const changes: StoredChanges = {};
        for (const [key, newValue] of Object.entries(values)) {
          const oldValue: unknown = await request(store.get(key));
          // Stored as structured clones, like local storage's JSON: no functions, no class instances.
          store.put(newValue, key);
          changes[key] = oldValue === undefined ? { newValue } : { newValue, oldValue };
        }
        return changes;
      });
    },
    remove(keys) {
      if (keys.length === 0) return Promise.resolve();
      const notes = noteWrites(
        keys.map((key) => [key, REMOVED]),
        writing,
      );
      return write(notes, async (store) => {
        const changes: StoredChanges = {};
        for (const key of keys) {
          const oldValue: unknown = await request(store.get(key));
          if (oldValue === undefined) continue;
          store.delete(key);
          changes[key] = { oldValue };
        }
        return changes;
      });
    },
    onChanged(listener) {
      if (!channel && typeof BroadcastChannel === 'function') {
        channel = new BroadcastChannel(PRIVATE_DATABASE);
        channel.onmessage = (event: MessageEvent<StoredChanges>) => {
          for (const each of listeners) each(event.data);
        };
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const WRITE_NOTE_PREFIX = 'mentor-up-private-write:';
/** Noted for a removal: a stored value is never this object itself. */
const REMOVED = Symbol('removed');

interface WriteNotes {
  /** Drops the notes the write made, each unless a later write has noted another value since. */
  drop(): void;
  /** The write is over, landed or not. */
  settle(): void;
}

/** The page's own Web Storage, where it has one (extension pages do; a service worker does not). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Notes each value (or removal) before it is written, so a page closed mid-write keeps it. */
function noteWrites(entries: [string, unknown][], writing: Map<string, number>): WriteNotes {
  const keys = entries.map(([key]) => key);
  for (const key of keys) writing.set(key, (writing.get(key) ?? 0) + 1);
  const settle = () => {
    for (const key of keys) {
      const left = (writing.get(key) ?? 1) - 1;
      if (left > 0) writing.set(key, left);
      else writing.delete(key);
    }
  };
  const storage = pageStorage();
  if (!storage) return { drop: () => undefined, settle };
  const noted: [string, string][] = [];
  for (const [key, value] of entries) {
    const note = JSON.stringify(value === REMOVED ? { removed: true } : { value });
    try {
      storage.setItem(WRITE_NOTE_PREFIX + key, note);
      noted.push([WRITE_NOTE_PREFIX + key, note]);
    } catch {
      // Web Storage full or refused: the database write goes ahead all the same.
    }
  }
  return {
    drop() {
      for (const [name, note] of noted) if (storage.getItem(name) === note) storage.removeItem(name);
    },
    settle,
  };
}

/**
 * What was read, with the values of writes left unfinished laid over it: a closed page's, or
 * another page's still under way (this page's own, in `writing`, reach the database in order).
 */
function withUnfinishedWrites(
  values: StoredValues,
  keys: readonly string[] | undefined,
  writing: ReadonlyMap<string, number>,
): StoredValues {
  const storage = pageStorage();
  if (!storage) return values;
  const names =
    keys?.map((key) => WRITE_NOTE_PREFIX + key) ??
    Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((name) =>
      name.startsWith(WRITE_NOTE_PREFIX),
    );
  for (const name of names) {
    const note = storage.getItem(name);
    if (note === null) continue;
    const key = name.slice(WRITE_NOTE_PREFIX.length);
    if (writing.has(key)) continue;
    try {
      const parsed = JSON.parse(note) as { removed?: true; value?: unknown };
      if (parsed.removed) delete values[key];
      else if ('value' in parsed) values[key] = parsed.value;
    } catch {
      // Not a note this code wrote: the database's value stands.
    }
  }
  return values;
}

/** Moves the private values an earlier version kept in local storage into `database`, once. */
async function moveFromLocal(database: IDBDatabase, legacy: ExtensionLocalStorage): Promise<void> {
  const markedMoved = async () => {
    const tx = database.transaction(STORE, 'readonly');
    return (await request(tx.objectStore(STORE).get(MOVED_MARK))) !== undefined;
  };
  if (await markedMoved()) return;
  const move = async () => {
    if (await markedMoved()) return;
    const stored = await legacy.get(null);
    const keys = Object.keys(stored).filter(isPrivateKey);
    const tx = database.transaction(STORE, 'readwrite');
    const done = finished(tx);
    const store = tx.objectStore(STORE);
    for (const key of keys) store.put(stored[key], key);
    store.put(true, MOVED_MARK);
    await done;
    if (keys.length) await legacy.remove(keys);
  };
  await withExtensionLock(MOVE_LOCK, move);
}

/** The private area this browser needs, as described at the top. */
export function choosePrivateArea(local: ExtensionLocalStorage): PrivateArea {
  return typeof local.setAccessLevel === 'function' ? localArea(local) : indexedDbArea(local);
}

/**
 * The browser's own extension storage: `browser.storage.local` in Firefox, `chrome.storage.local`
 * in Chrome, both promise-based in MV3. Used as it is, without the API polyfill, so the pages
 * that only read and write drafts do not load the polyfill.
 */
export function nativeStorage(): ExtensionLocalStorage {
  const scope = globalThis as unknown as {
    browser?: { runtime?: { id?: string }; storage?: { local?: ExtensionLocalStorage } };
    chrome?: typeof scope.browser;
  };
  const local = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)?.storage?.local;
  if (!local) throw new Error('No extension storage on this page.');
  return local;
}

let pageArea: PrivateArea | undefined;

/** This page's private area, chosen once for the browser it runs in. */
export function privateArea(): PrivateArea {
  return (pageArea ??= choosePrivateArea(nativeStorage()));
}
