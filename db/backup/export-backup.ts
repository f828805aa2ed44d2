import { CURRENT_SCHEMA_VERSION, db } from '../database';
import { stripWords } from '../search-index';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './format';

/** Every record in the database, read in one transaction so the copy is consistent. */
export async function exportBackup(now = new Date()): Promise<Backup> {
  return db.transaction(
    'r',
    [db.proteges, db.notes, db.stageEvents, db.sessions, db.goals, db.tipFeedback],
    async () => ({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      proteges: await db.proteges.toArray(),
      // The word index is rebuilt on import: it is not the mentor's data.
      notes: (await db.notes.toArray()).map(stripWords),
      stageEvents: await db.stageEvents.toArray(),
      sessions: await db.sessions.toArray(),
      goals: await db.goals.toArray(),
      tipFeedback: await db.tipFeedback.toArray(),
    }),
  );
}

export function backupFileName(now = new Date()): string {
  return `mentor-up-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}
