import { z } from '../../utils/zod';
import { SITUATION_IDS } from '../../content/situations';
import { GENERATIONS, STAGES, TIP_VERDICTS } from '../../content/vocabulary';
import {
  AGREEMENT_LIMITS,
  idField as id,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGENDA_ITEMS,
  MAX_EVIDENCE_LENGTH,
  MAX_GOAL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_WRAP_UP_LENGTH,
  pageTitleField,
  pageUrlField,
  PROFILE_TEXT_LIMITS,
  textField as text,
  timestampField as timestamp,
} from '../record-rules';
import { TABLE_NAMES, type TableName } from '../tables';
import { GRATITUDE_KINDS, NOTE_KINDS, NOTE_SOURCES } from '../types';

/**
 * The backup file, as zod checks it before anything is written. Every object is strict: a key
 * the product does not know (`__proto__` included) makes the file invalid rather than being
 * carried into the database.
 */

export const BACKUP_FORMAT = 'mentor-up-backup';
/** Bumped when the shape of the file changes; older files go through `migrate-backup.ts`. */
export const BACKUP_FORMAT_VERSION = 1;

const MAX_TIP_ID_LENGTH = 100;
/** Per table: well above what a mentor writes in years, low enough to refuse a runaway file. */
const MAX_ROWS_PER_TABLE = 200_000;

const TIP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function rows<T extends z.ZodType>(row: T) {
  return z.array(row).max(MAX_ROWS_PER_TABLE, `has more than ${MAX_ROWS_PER_TABLE.toLocaleString('en')} items`);
}

/** One optional text field per entry of `limits`, each within its limit. */
function optionalTexts<F extends string>(limits: Record<F, number>) {
  return Object.fromEntries(Object.entries<number>(limits).map(([field, max]) => [field, text(max).optional()])) as {
    [K in F]: z.ZodOptional<ReturnType<typeof text>>;
  };
}

const agreementSchema = z.strictObject(optionalTexts(AGREEMENT_LIMITS));

export const protegeSchema = z.strictObject({
  id,
  name: text(MAX_NAME_LENGTH),
  generation: z.enum(GENERATIONS),
  ...optionalTexts(PROFILE_TEXT_LIMITS),
  agreement: agreementSchema.optional(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const noteSourceSchema = z.strictObject({
  kind: z.enum(NOTE_SOURCES),
  url: pageUrlField.optional(),
  title: pageTitleField.optional(),
});

export const noteSchema = z
  .strictObject({
    id,
    protegeId: id.optional(),
    sessionId: id.optional(),
    kind: z.enum(NOTE_KINDS),
    text: text(MAX_NOTE_LENGTH),
    source: noteSourceSchema,
    done: z.boolean().optional(),
    discussed: z.boolean().optional(),
    gratitude: z.enum(GRATITUDE_KINDS).optional(),
    situation: z.enum(SITUATION_IDS).optional(),
    shareable: z.boolean().optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((note) => note.gratitude === undefined || note.kind === 'gratitude', {
    message: 'says which way thanks went, but is not a gratitude note',
    path: ['gratitude'],
  });

export const stageEventSchema = z.strictObject({
  id,
  protegeId: id,
  stage: z.enum(STAGES),
  at: timestamp,
  evidence: text(MAX_EVIDENCE_LENGTH).optional(),
});

const wrapUpSchema = z.strictObject({
  stage: z.enum(STAGES).optional(),
  thanks: text(MAX_WRAP_UP_LENGTH).optional(),
  nextMeetingAt: timestamp.optional(),
  summary: text(MAX_WRAP_UP_LENGTH).optional(),
});

export const sessionSchema = z.strictObject({
  id,
  protegeId: id,
  startedAt: timestamp,
  endedAt: timestamp.optional(),
  agenda: z.array(text(MAX_AGENDA_ITEM_LENGTH)).max(MAX_AGENDA_ITEMS, `has more than ${MAX_AGENDA_ITEMS} items`),
  wrapUp: wrapUpSchema.optional(),
});

export const goalSchema = z.strictObject({
  id,
  protegeId: id,
  title: text(MAX_GOAL_LENGTH),
  targetDate: timestamp.optional(),
  done: z.boolean(),
  createdAt: timestamp,
  doneAt: timestamp.optional(),
});

const tipFeedbackSchema = z
  .strictObject({
    id: z.string().max(200, 'is too long'),
    protegeId: id,
    tipId: z.string().max(MAX_TIP_ID_LENGTH, 'is too long').regex(TIP_ID, 'is not a valid tip id'),
    verdict: z.enum(TIP_VERDICTS),
    at: timestamp,
  })
  .refine((row) => row.id === `${row.protegeId}|${row.tipId}`, {
    message: 'does not match its protégé and tip',
    path: ['id'],
  });

/** A backup holds every table, in the database's order. */
export const BACKUP_TABLES = TABLE_NAMES;
export type BackupTable = TableName;

/** One schema per table: a file is checked row by row, so a bad row is named and the check stops early. */
export const ROW_SCHEMAS = {
  proteges: protegeSchema,
  notes: noteSchema,
  stageEvents: stageEventSchema,
  sessions: sessionSchema,
  goals: goalSchema,
  tipFeedback: tipFeedbackSchema,
} as const satisfies Record<BackupTable, z.ZodType>;

/** An entry for every table, each made by `entry`. */
function perTable<R>(entry: (table: BackupTable) => R): Record<BackupTable, R> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, entry(table)])) as Record<BackupTable, R>;
}

/** Each table as a bounded list of its rows; typed per table, which `perTable` cannot say. */
const tablesShape = perTable((table) => rows(ROW_SCHEMAS[table])) as {
  [T in BackupTable]: z.ZodArray<(typeof ROW_SCHEMAS)[T]>;
};

/** The envelope alone, read first so an older or newer file gets the right message. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, 'is not "mentor-up-backup": this is not a Mentor Up backup'),
  formatVersion: z.number().int('is not a whole number').min(1, 'is not a known version'),
});

const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    schemaVersion: z.number().int('is not a whole number').min(1, 'is not a known version'),
    exportedAt: z.iso.datetime({ message: 'is not a date and time' }),
    ...tablesShape,
  })
  .superRefine((backup, context) => {
    // Two records with one id would silently overwrite each other on import.
    for (const table of BACKUP_TABLES) {
      const seen = new Set<string>();
      backup[table].forEach((row, index) => {
        if (seen.has(row.id)) {
          context.addIssue({ code: 'custom', path: [table, index, 'id'], message: 'appears twice in the file' });
        }
        seen.add(row.id);
      });
    }
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupTables = Pick<Backup, BackupTable>;
export type BackupRow<T extends BackupTable> = Backup[T][number];

/** The file's own fields, with each table only checked to be a list of bounded length. */
export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int('is not a whole number').min(1, 'is not a known version'),
  exportedAt: z.iso.datetime({ message: 'is not a date and time' }),
  ...perTable(() => rows(z.unknown())),
});

/**
 * The fields that say when a record was made or changed. None may be later than the file
 * itself (with a day's grace for clocks): the newest copy wins an import, so a far-future time
 * would make a record replace every later edit for good. Target dates and next meetings are
 * plans, not changes, and may lie ahead.
 */
export const CHANGE_TIME_FIELDS = ['createdAt', 'updatedAt', 'at', 'startedAt', 'endedAt', 'doneAt'] as const;
export const CLOCK_GRACE_MS = 24 * 60 * 60 * 1000;

/** No message about a file is longer than this, whatever the file holds. */
export const MAX_MESSAGE_LENGTH = 299;
