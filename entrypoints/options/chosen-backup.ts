import { decryptBackup } from '../../db/backup/encrypted-backup';
import { MAX_BACKUP_BYTES, readBackupFile, readBackupText, type ReadBackupResult } from '../../db/backup/read-backup';

/**
 * A chosen backup file, told apart by what it holds: a plain backup is read at once; one
 * locked with a passphrase waits for it; an encrypted file that cannot be opened says why.
 */
export type ChosenBackup =
  | { kind: 'plain'; read: ReadBackupResult }
  | { kind: 'locked'; fileText: string }
  | { kind: 'refused'; problem: string };

/** Base64 makes a locked backup a third larger than the backup inside; anything far larger is neither. */
const MAX_LOCKED_FILE_BYTES = 2 * MAX_BACKUP_BYTES;

export async function readChosenBackup(file: Blob, now = Date.now()): Promise<ChosenBackup> {
  if (file.size > MAX_LOCKED_FILE_BYTES) return { kind: 'plain', read: await readBackupFile(file, now) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'refused', problem: 'The file could not be read. Choose it again.' };
  }
  // With no passphrase the envelope is only checked, at once.
  const probe = await decryptBackup(text, '');
  if (probe.ok || probe.reason === 'no-passphrase') return { kind: 'locked', fileText: text };
  if (probe.reason !== 'not-encrypted-backup') return { kind: 'refused', problem: probe.problem };
  // A plain backup, read as before: one too large is refused without its text being parsed.
  return {
    kind: 'plain',
    read: file.size > MAX_BACKUP_BYTES ? await readBackupFile(file, now) : readBackupText(text, now),
  };
}

/** The backup inside a locked file, read through the same checks as a plain one. */
export async function unlockBackup(fileText: string, passphrase: string, now = Date.now()): Promise<ReadBackupResult> {
  const opened = await decryptBackup(fileText, passphrase);
  if (!opened.ok) return { ok: false, problems: [opened.problem] };
  return readBackupText(opened.jsonText, now);
}
