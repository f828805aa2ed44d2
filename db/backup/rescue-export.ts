import { DATABASE_NAME } from '../database';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from './format';

/**
 * A copy of whatever is stored, read with plain IndexedDB and no schema: it works when the
 * database will not open with the current code (a failed upgrade, a newer version on disk).
 * It is a rescue, not a check: import validates the file as it validates any backup.
 */
export interface RescueCopy {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  [table: string]: unknown;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The browser refused to read the notes.'));
  });
}

function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    // No version: opens what is on disk as it is, without running any upgrade.
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // Nothing was stored: do not leave an empty database behind.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      created ? resolve(undefined) : reject(request.error ?? new Error('The notes could not be opened.'));
  });
}

export async function rescueCopy(
  name = DATABASE_NAME,
  factory: IDBFactory = indexedDB,
  now = new Date(),
): Promise<RescueCopy | undefined> {
  const raw = await openExisting(name, factory);
  if (!raw) return undefined;
  try {
    const copy: RescueCopy = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      // Dexie stores version n as n × 10.
      schemaVersion: Math.max(1, Math.round(raw.version / 10)),
      exportedAt: now.toISOString(),
    };
    const stores = BACKUP_TABLES.filter((table) => raw.objectStoreNames.contains(table));
    const tx = raw.transaction(stores, 'readonly');
    for (const table of BACKUP_TABLES) {
      const rows = stores.includes(table) ? await requestResult(tx.objectStore(table).getAll()) : [];
      // The search index is rebuilt on import and is not part of a backup.
      copy[table] = table === 'notes' ? rows.map(withoutWords) : rows;
    }
    return copy;
  } finally {
    raw.close();
  }
}

function withoutWords(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('words' in row)) return row;
  const { words: _words, ...rest } = row;
  return rest;
}
