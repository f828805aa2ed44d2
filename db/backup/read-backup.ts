import type { z } from '../../utils/zod';
import { CURRENT_SCHEMA_VERSION } from '../schema-versions';
import { hasVisibleLetterOrDigit, stripBidiControls } from '../record-rules';
import { capMessages, clip, cutText, describePath, describeRecord, quoteKey } from './describe';
import { findDuplicateKeys } from './find-duplicate-keys';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  CHANGE_TIME_FIELDS,
  CLOCK_GRACE_MS,
  ROW_SCHEMAS,
  backupEnvelopeSchema,
  backupHeaderSchema,
  type Backup,
  type BackupTable,
} from './format';
import { BackupVersionError, migrateBackup } from './migrate-backup';

/** Larger than years of notes; small enough to read without freezing the page. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
/** A file with this many problems is not worth checking further: the list would not help. */
const MAX_PROBLEMS_LISTED = 10;
const MAX_KEYS_LISTED = 5;
const BYTE_ORDER_MARK = '\uFEFF';

export type ReadBackupResult =
  | {
      ok: true;
      backup: Backup;
      /** What will be imported differently from the file (text cut to fit, a date left out), for the preview. */
      warnings: string[];
    }
  | { ok: false; problems: string[] };

function refused(...problems: string[]): ReadBackupResult {
  return { ok: false, problems: problems.map((problem) => clip(problem)) };
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly PropertyKey[], row?: unknown): string {
  const where = describePath(path, row);
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, MAX_KEYS_LISTED).map(quoteKey).join(', ');
    const more = issue.keys.length > MAX_KEYS_LISTED ? ` and ${issue.keys.length - MAX_KEYS_LISTED} more` : '';
    return `${where} has fields Mentor Up does not know: ${shown}${more}.`;
  }
  if (issue.code === 'invalid_type') {
    return `${where} is missing or has the wrong type (expected ${issue.expected}).`;
  }
  if (issue.code === 'invalid_value') return `${where} has a value Mentor Up does not know.`;
  // Our own messages read as the end of a sentence ("is empty", "is not a valid id").
  return `${where} ${issue.message.replace(/\.$/, '')}.`;
}

/**
 * Not a zod schema on purpose: zod's parse copies the object and drops an own `__proto__` key
 * (JSON.parse makes one from a file), which the strict check below must see to refuse it.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids and references are never cut: a shortened id is another id. */
const UNCUTTABLE = new Set<PropertyKey>(['id', 'protegeId', 'sessionId', 'tipId']);

type TooLongText = z.core.$ZodIssueTooBig & { maximum: number };

/** A text over its limit is the kind of thing Mentor Up itself once wrote: it can be cut to fit. */
function isTooLongText(issue: z.core.$ZodIssue): issue is TooLongText {
  return (
    issue.code === 'too_big' &&
    issue.origin === 'string' &&
    typeof issue.maximum === 'number' &&
    !UNCUTTABLE.has(issue.path[issue.path.length - 1] ?? '')
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  return value;
}

function setValueAt(root: unknown, path: readonly PropertyKey[], value: unknown) {
  const parent = valueAt(root, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path[path.length - 1]!] = value;
}

/** Collects problems until there are enough to say the file is not worth reading on. */
class Problems {
  readonly list: string[] = [];
  get full() {
    return this.list.length >= MAX_PROBLEMS_LISTED;
  }
  add(problem: string) {
    if (!this.full) this.list.push(clip(problem));
  }
}

interface RowCheck {
  table: BackupTable;
  index: number;
  raw: unknown;
  notAfter: number;
  problems: Problems;
  warnings: string[];
}

/** One row → the validated record (cut to fit if only its texts were too long), or undefined. */
/** A change to one field of a record that makes it importable, and what to tell the mentor. */
interface Repair {
  apply: (row: unknown) => void;
  warning: string;
}

/** Plans rather than changes: a date typed with a two-digit year once became 1969 or 0202. */
const PLAN_DATES = new Set<PropertyKey>(['targetDate', 'nextMeetingAt']);

function dateWords(time: unknown): string {
  const date = new Date(typeof time === 'number' ? time : Number.NaN);
  return Number.isNaN(date.getTime()) ? 'not a date' : date.toISOString().slice(0, 10);
}

/** How to make one problem of a row go away, if it is of a kind Mentor Up itself once wrote. */
function repairFor(issue: z.core.$ZodIssue, where: string, raw: unknown): Repair | undefined {
  if (isTooLongText(issue)) {
    const length = (valueAt(raw, issue.path) as string).length;
    return {
      apply: (row) => setValueAt(row, issue.path, cutText(valueAt(row, issue.path) as string, issue.maximum)),
      warning: `${where} is ${length.toLocaleString('en')} characters, over the ${issue.maximum.toLocaleString('en')} allowed: it will be imported cut to fit.`,
    };
  }
  const field = issue.path[issue.path.length - 1];
  if (
    (issue.code === 'too_small' || issue.code === 'too_big') &&
    issue.origin === 'number' &&
    PLAN_DATES.has(field ?? '')
  ) {
    return {
      apply: (row) => {
        const parent = valueAt(row, issue.path.slice(0, -1)) as Record<PropertyKey, unknown>;
        delete parent[field!];
      },
      warning: `${where} is ${dateWords(valueAt(raw, issue.path))}, outside the dates Mentor Up keeps: it will be imported without it.`,
    };
  }
  return undefined;
}

/** The name rules a write keeps, kept on import too: it is cleaned, with a warning, not refused. */
const UNNAMED_PROTEGE = 'Unnamed protégé';

function cleanName(row: Record<string, unknown>, index: number, warnings: string[]) {
  const name = row.name as string;
  const clean = stripBidiControls(name);
  // Named as it will read, so the marks cannot reorder the warning itself.
  const where = describeRecord('proteges', index, { ...row, name: clean });
  if (!hasVisibleLetterOrDigit(clean)) {
    row.name = UNNAMED_PROTEGE;
    warnings.push(
      `${where} has a name with no letter or digit: it will be imported as “${UNNAMED_PROTEGE}”; rename them in Profile.`,
    );
  } else if (clean !== name) {
    row.name = clean.trim();
    warnings.push(`${where} has a name with invisible marks that reorder text: it will be imported without them.`);
  }
}

/** One row → the validated record (repaired if every problem could be), or undefined. */
function checkRow({ table, index, raw, notAfter, problems, warnings }: RowCheck): unknown {
  const schema: z.ZodType = ROW_SCHEMAS[table];
  let result = schema.safeParse(raw);
  if (!result.success) {
    const repairs = result.error.issues.map((issue) =>
      repairFor(issue, describePath([table, index, ...issue.path], raw), raw),
    );
    if (repairs.every((repair) => repair !== undefined)) {
      const fixed = structuredClone(raw);
      for (const repair of repairs) repair.apply(fixed);
      result = schema.safeParse(fixed);
      if (result.success) warnings.push(...repairs.map((repair) => repair.warning));
    }
  }
  if (!result.success) {
    for (const issue of result.error.issues) problems.add(describeIssue(issue, [table, index, ...issue.path], raw));
    return undefined;
  }
  const row = result.data as Record<string, unknown>;
  if (table === 'proteges') cleanName(row, index, warnings);
  for (const field of CHANGE_TIME_FIELDS) {
    const time = row[field];
    if (typeof time === 'number' && time > notAfter) {
      problems.add(
        `${describeRecord(table, index, row)}, ${field} is ${new Date(time).toISOString().slice(0, 10)}, after the file was made: a record from the future would replace this device’s copy for good.`,
      );
    }
  }
  return row;
}

/** The header's tables → validated rows, row by row, stopping once there are enough problems. */
function checkRows(file: Record<BackupTable, unknown[]>, exportedAt: number) {
  const problems = new Problems();
  const warnings: string[] = [];
  const tables = {} as Record<BackupTable, unknown[]>;
  const notAfter = exportedAt + CLOCK_GRACE_MS;
  for (const table of BACKUP_TABLES) {
    const seen = new Set<unknown>();
    tables[table] = [];
    for (let index = 0; index < file[table].length && !problems.full; index++) {
      const raw = file[table][index];
      const row = checkRow({ table, index, raw, notAfter, problems, warnings }) as { id: string } | undefined;
      if (!row) continue;
      // Two records with one id would silently overwrite each other on import.
      if (seen.has(row.id)) problems.add(`${describeRecord(table, index, row)}, id appears twice in the file.`);
      seen.add(row.id);
      tables[table].push(row);
    }
  }
  if (problems.full) problems.list.push('Mentor Up stopped checking here; there may be more problems.');
  return { problems: problems.list, warnings, tables };
}

function describeDuplicateKeys(text: string, parsed: unknown): string[] {
  return findDuplicateKeys(text, MAX_PROBLEMS_LISTED).map(
    ({ path, key }) =>
      `${describePath(path, valueAt(parsed, path))} has the field ${quoteKey(key)} twice: Mentor Up cannot tell which one is meant.`,
  );
}

/**
 * The text of a backup file → the validated backup, or a list of problems a person can read.
 * Nothing here writes: the database is untouched whatever the file holds.
 */
export function readBackupText(fileText: string, now = Date.now()): ReadBackupResult {
  // Some editors start a saved file with a byte-order mark; it is not part of the data.
  const text = fileText.startsWith(BYTE_ORDER_MARK) ? fileText.slice(1) : fileText;
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
  const header = backupHeaderSchema.safeParse(current);
  if (!header.success) {
    return refused(
      ...header.error.issues.slice(0, MAX_PROBLEMS_LISTED).map((issue) => describeIssue(issue, issue.path)),
    );
  }
  if (header.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return refused('This backup was made by a newer Mentor Up. Update Mentor Up, then import it again.');
  }
  const exportedAt = Date.parse(header.data.exportedAt);
  if (exportedAt > now + CLOCK_GRACE_MS) {
    return refused(
      `This file says it was made on ${header.data.exportedAt.slice(0, 10)}, which has not come yet: its records could replace this device’s copies for good.`,
    );
  }
  const { problems, warnings, tables } = checkRows(header.data, exportedAt);
  if (problems.length) return refused(...problems);
  // Last, as it reads every character: a file already refused need not wait for it.
  const duplicates = describeDuplicateKeys(text, parsed);
  if (duplicates.length) return refused(...duplicates);
  const backup = { ...header.data, ...tables } as Backup;
  return {
    ok: true,
    backup,
    warnings: capMessages(warnings, MAX_PROBLEMS_LISTED, (n) => `…and ${n.toLocaleString('en')} more like these.`).map(
      (warning) => clip(warning),
    ),
  };
}

function tooLargeMessage(bytes: number): string {
  const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return `This file is ${megabytes(bytes)}; a Mentor Up backup can be at most ${megabytes(MAX_BACKUP_BYTES)}. Check that you chose a Mentor Up backup.`;
}

/** Reads a chosen file, refusing an oversized one before loading it into memory. */
export async function readBackupFile(file: Blob, now = Date.now()): Promise<ReadBackupResult> {
  if (file.size > MAX_BACKUP_BYTES) return refused(tooLargeMessage(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused('The file could not be read. Choose it again.');
  }
  return readBackupText(text, now);
}
