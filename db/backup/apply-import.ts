import { db } from '../database';
import { InvalidInputError } from '../errors';
import { TABLE_NAMES } from '../tables';
import { BACKUP_TABLES, type Backup } from './format';
import { computeImportPlan, samePlan, type ImportPlan } from './plan-import';

const PLAN_CHANGED_MESSAGE =
  'Something on this device changed since the preview, so the import would no longer do what it showed. Choose Import backup again to see what it would do now.';

/**
 * Applies a validated backup all or nothing: one read-write transaction over every table that
 * re-checks the plan against the database as it is now and writes. Any failure (a reference
 * gone since the preview, a rejected write, a full disk) aborts the transaction, so the
 * database is left exactly as it was. No row error is caught in here on purpose.
 *
 * With `shown` (the plan the mentor confirmed), the import refuses to do anything else: if a
 * protégé was deleted in between, notes would go to the inbox without the mentor being told.
 */
export async function applyImport(backup: Backup, shown?: ImportPlan): Promise<ImportPlan> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    const result = await computeImportPlan(backup);
    if (!result.ok) throw new InvalidInputError(result.problems.join(' '));
    if (shown && !samePlan(shown, result.plan)) throw new InvalidInputError(PLAN_CHANGED_MESSAGE);
    const { writes } = result.plan;
    // Parents first, so the order reads naturally; the transaction makes it all-or-nothing anyway.
    // Notes get their search words from the note-words middleware, as on every other write.
    for (const table of BACKUP_TABLES) await db.table(table).bulkPut(writes[table]);
    return result.plan;
  });
}
