import { db } from '../../../db/database';

/** A fresh, empty database for each test: the real Dexie on fake-indexeddb. */
export async function resetDatabase() {
  db.close();
  await db.delete();
  await db.open();
}
