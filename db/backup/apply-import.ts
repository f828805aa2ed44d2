import { db } from '../database';
import { InvalidInputError } from '../errors';
import { searchWords } from '../search-words';
import { BACKUP_TABLES, type Backup } from './format';
import { computeImportPlan, type ImportPlan } from './plan-import';

/**
 * Applies a validated backup all or nothing: one read-write transaction over every table that
 * re-checks the plan against the database as it is now and writes. Any failure (a reference
 * gone since the preview, a rejected write, a full disk) aborts the transaction, so the
 * database is left exactly as it was. No row error is caught in here on purpose.
 */
export async function applyImport(backup: Backup): Promise<ImportPlan> {
  return db.transaction(
    'rw',
    [db.proteges, db.notes, db.stageEvents, db.sessions, db.goals, db.tipFeedback],
    async () => {
      const result = await computeImportPlan(backup);
      if (!result.ok) throw new InvalidInputError(result.problems.join(' '));
      const { writes } = result.plan;
      // Parents first, so the order reads naturally; the transaction makes it all-or-nothing anyway.
      for (const table of BACKUP_TABLES) {
        if (table === 'notes') {
          await db.notes.bulkPut(writes.notes.map((note) => ({ ...note, words: searchWords(note.text) })));
        } else {
          await db.table(table).bulkPut(writes[table]);
        }
      }
      return result.plan;
    },
  );
}
