import { backupJson, exportBackup } from '../../../db/backup/export-backup';
import { planImport } from '../../../db/backup/plan-import';
import { readBackupText } from '../../../db/backup/read-backup';
import type { Backup } from '../../../db/backup/format';
import { resetDatabase } from './reset';

/**
 * What the mentor would do with this device's data: export it, then import the file into an
 * empty profile. Resolves with the backup read back, or rejects with the problems the import
 * names. Leaves the database empty.
 */
export async function exportAndPlanIntoEmptyDatabase(): Promise<Backup> {
  const text = backupJson(await exportBackup());
  const read = readBackupText(text);
  if (!read.ok) throw new Error(`The backup was refused: ${read.problems.join(' ')}`);
  await resetDatabase();
  const planned = await planImport(read.backup);
  if (!planned.ok) throw new Error(`The import plan was refused: ${planned.problems.join(' ')}`);
  return read.backup;
}
