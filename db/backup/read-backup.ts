import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../database';
import { BACKUP_FORMAT, backupEnvelopeSchema, backupSchema, type Backup } from './format';
import { BackupVersionError, migrateBackup } from './migrate-backup';

/** Larger than years of notes; small enough to read without freezing the page. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS_LISTED = 10;

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const TABLE_ITEM_NAMES: Record<string, string> = {
  proteges: 'Protégé',
  notes: 'Note',
  stageEvents: 'Stage change',
  sessions: 'Session',
  goals: 'Goal',
  tipFeedback: 'Tip feedback',
};

function refused(...problems: string[]): ReadBackupResult {
  return { ok: false, problems };
}

/** "Note 3, text" from ['notes', 2, 'text']: where in the file, as a person would say it. */
export function describePath(path: readonly PropertyKey[]): string {
  const [table, index, ...rest] = path;
  if (typeof table === 'string' && table in TABLE_ITEM_NAMES && typeof index === 'number') {
    const where = `${TABLE_ITEM_NAMES[table]} ${index + 1}`;
    return rest.length ? `${where}, ${rest.map(String).join('.')}` : where;
  }
  return path.length ? path.map(String).join('.') : 'The file';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `${where} has fields Mentor Up does not know: ${issue.keys.map((key) => `"${key}"`).join(', ')}.`;
  }
  if (issue.code === 'invalid_type') {
    return `${where} is missing or has the wrong type (expected ${issue.expected}).`;
  }
  if (issue.code === 'invalid_value') return `${where} has a value Mentor Up does not know.`;
  // Our own messages read as the end of a sentence ("is empty", "is not a valid id").
  return `${where} ${issue.message.replace(/\.$/, '')}.`;
}

function listProblems(issues: readonly z.core.$ZodIssue[]): string[] {
  const problems = issues.slice(0, MAX_PROBLEMS_LISTED).map(describeIssue);
  const more = issues.length - MAX_PROBLEMS_LISTED;
  if (more > 0) problems.push(`…and ${more.toLocaleString('en')} more problems.`);
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The text of a backup file → the validated backup, or a list of problems a person can read.
 * Nothing here writes: the database is untouched whatever the file holds.
 */
export function readBackupText(text: string): ReadBackupResult {
  if (text.length > MAX_BACKUP_BYTES) return refused(tooLargeMessage(text.length));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refused('This file is not a Mentor Up backup: it is not valid JSON. It may be cut short or damaged.');
  }
  if (!isPlainObject(parsed)) return refused('This file is not a Mentor Up backup: it holds no backup data.');
  const envelope = backupEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    if (parsed.format !== BACKUP_FORMAT) {
      return refused('This file is not a Mentor Up backup: its "format" is not "mentor-up-backup".');
    }
    return refused('This backup has no format version Mentor Up knows.');
  }

  let current: Record<string, unknown>;
  try {
    current = migrateBackup({ ...parsed, formatVersion: envelope.data.formatVersion });
  } catch (error) {
    if (error instanceof BackupVersionError) return refused(error.message);
    throw error;
  }
  const result = backupSchema.safeParse(current);
  if (!result.success) return refused(...listProblems(result.error.issues));
  if (result.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return refused('This backup was made by a newer Mentor Up. Update Mentor Up, then import it again.');
  }
  return { ok: true, backup: result.data };
}

export function tooLargeMessage(bytes: number): string {
  const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return `This file is ${megabytes(bytes)}; a Mentor Up backup can be at most ${megabytes(MAX_BACKUP_BYTES)}. Check that you chose a Mentor Up backup.`;
}

/** Reads a chosen file, refusing an oversized one before loading it into memory. */
export async function readBackupFile(file: Blob): Promise<ReadBackupResult> {
  if (file.size > MAX_BACKUP_BYTES) return refused(tooLargeMessage(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused('The file could not be read. Choose it again.');
  }
  return readBackupText(text);
}
