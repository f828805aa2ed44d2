import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION } from '../../../db/backup/format';
import { BackupVersionError, migrateBackup, type BackupMigration } from '../../../db/backup/migrate-backup';
import { readBackupText } from '../../../db/backup/read-backup';

/**
 * Files from every released format version must stay readable. Each version's file lives in
 * tests/fixtures/backup-format-vN.json; a new format version adds its file and its step.
 */
const RELEASED_FILES = Array.from({ length: BACKUP_FORMAT_VERSION }, (_, i) => i + 1).map((version) => [
  version,
  readFileSync(path.resolve(`tests/fixtures/backup-format-v${version}.json`), 'utf8'),
]);

describe('older backups', () => {
  it.each(RELEASED_FILES)('a format %i file reads as a current backup', (_version, text) => {
    const result = readBackupText(text as string);
    expect(result.ok && result.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(result.ok && result.backup.notes[0]?.text).toBe('Send the one-page guide to channels.');
  });

  it('has one numbered step from every older version', () => {
    // Without a step from some version, migrating that version's file fails for want of it.
    for (const [version, text] of RELEASED_FILES) {
      expect(() => migrateBackup(JSON.parse(text as string)), `step from ${version}`).not.toThrow();
    }
  });
});

describe('the migration mechanism (with synthetic versions)', () => {
  // Format 2 renamed `proteges` to `people`; format 3 added a `tags` list to each person.
  const steps: Record<number, BackupMigration> = {
    1: ({ proteges, ...rest }) => ({ ...rest, people: proteges }),
    2: (file) => ({
      ...file,
      people: (file.people as Record<string, unknown>[]).map((person) => ({ ...person, tags: [] })),
    }),
  };

  it('walks a version 1 file up through every step, in order', () => {
    const migrated = migrateBackup({ formatVersion: 1, proteges: [{ name: 'Pat' }] }, steps, 3);
    expect(migrated).toEqual({ formatVersion: 3, people: [{ name: 'Pat', tags: [] }] });
  });

  it('starts from the file’s own version', () => {
    const migrated = migrateBackup({ formatVersion: 2, people: [{ name: 'Sam' }] }, steps, 3);
    expect(migrated).toEqual({ formatVersion: 3, people: [{ name: 'Sam', tags: [] }] });
  });

  it('leaves a current file as it is', () => {
    const file = { formatVersion: 3, people: [] };
    expect(migrateBackup(file, steps, 3)).toEqual(file);
  });

  it('refuses a file from a newer version, saying to update', () => {
    expect(() => migrateBackup({ formatVersion: 4 }, steps, 3)).toThrow(BackupVersionError);
    expect(() => migrateBackup({ formatVersion: 4 }, steps, 3)).toThrow(/newer Mentor Up/);
  });

  it('refuses a version it has no step for', () => {
    expect(() => migrateBackup({ formatVersion: 1 }, { 2: steps[2]! }, 3)).toThrow(/can no longer be read/);
  });
});
