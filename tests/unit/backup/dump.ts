import { db } from '../../../db/database';

/** Every row of every table, ordered by id, as text: two dumps are equal only if nothing changed. */
export async function dumpDatabase(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    tables[table.name] = await table.orderBy(':id').toArray();
  }
  return JSON.stringify(tables);
}
