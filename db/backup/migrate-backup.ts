import { BACKUP_FORMAT_VERSION } from './format';

/**
 * Turns a backup written in format version `n` into version `n + 1`. Each step is a numbered
 * function with its own test, so a file from any older release walks up one version at a time.
 * Steps receive parsed JSON that has not been validated yet: the full check runs on the result.
 */
export type BackupMigration = (older: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version a step upgrades *from*. Version 1 is the first format: nothing yet. */
const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

export class BackupVersionError extends Error {
  override name = 'BackupVersionError';
}

export function migrateBackup(
  file: Record<string, unknown> & { formatVersion: number },
  migrations: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
  currentVersion: number = BACKUP_FORMAT_VERSION,
): Record<string, unknown> {
  if (file.formatVersion > currentVersion) {
    throw new BackupVersionError(
      `This backup was made by a newer Mentor Up (format ${file.formatVersion}). Update Mentor Up, then import it again.`,
    );
  }
  let current: Record<string, unknown> = file;
  for (let version = file.formatVersion; version < currentVersion; version++) {
    const step = migrations[version];
    if (!step) throw new BackupVersionError(`Backups in format ${version} can no longer be read.`);
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
