import { db } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema-versions';
import { stripWords } from '../search-index';
import { TABLE_NAMES } from '../tables';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type Backup } from './format';
import { computeImportPlan, emptyDevice } from './plan-import';
import { readBackupText } from './read-backup';

/** Every record in the database, read in one transaction so the copy is consistent. */
export async function exportBackup(now = new Date()): Promise<Backup> {
  return db.transaction('r', TABLE_NAMES, async () => ({
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
  }));
}

export function backupFileName(now = new Date()): string {
  return `mentor-up-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** The copy of this device taken just before an import, named down to the minute. */
export function safetyBackupFileName(now = new Date()): string {
  return `mentor-up-before-import-${now.toISOString().slice(0, 16).replace(/[T:]/g, '-')}.json`;
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}

/**
 * Reads an export back as an import would, and plans it into an empty database: the problems
 * that would keep it from restoring exactly as it is, in words (none: the file is good).
 */
export async function checkBackupJson(json: string, now = Date.now()): Promise<string[]> {
  const read = readBackupText(json, now);
  if (!read.ok) return read.problems;
  const planned = await computeImportPlan(read.backup, emptyDevice);
  if (!planned.ok) return planned.problems;
  const lost = BACKUP_TABLES.filter((table) => planned.plan.tables[table].add !== read.backup[table].length);
  return [
    ...read.warnings,
    ...planned.plan.warnings,
    ...(lost.length && !planned.plan.warnings.length ? ['Some records would not be restored.'] : []),
  ];
}
