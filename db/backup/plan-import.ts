import { db } from '../database';
import { MAX_NOTE_LENGTH } from '../record-rules';
import { stripWords } from '../search-index';
import type { Id } from '../types';
import { capMessages, clip, describeRecord, firstWords } from './describe';
import { BACKUP_TABLES, type Backup, type BackupRow, type BackupTable, type BackupTables } from './format';

/**
 * What an import will do, worked out against the database as it is now.
 *
 * The conflict policy: when a record is both on this device and in the backup, the copy
 * changed most recently is kept; when both are equally recent, this device's copy stays.
 * Nothing on this device is deleted. `CONFLICT_POLICY` says the same for people.
 *
 * References are repaired rather than refused, each with a warning: a note whose protégé is
 * nowhere goes to the inbox (notes without a protégé), a note loses a link to a session that
 * is missing or belongs to someone else, and a session, stage change or goal whose protégé is
 * nowhere goes to the inbox as a note that says what it was (under the record's own id, so
 * importing the file again adds it once). Tip feedback, which means nothing without its
 * protégé, is left out.
 */
export const CONFLICT_POLICY =
  'When an item is both on this device and in the backup, the copy changed most recently is kept; if both are equally recent, this device’s copy stays. Nothing on this device is deleted.';

const INBOX_PLACE = 'the inbox (in the side panel’s Notes tab, “Inbox: notes saved without a protégé”)';

const MAX_WARNINGS_LISTED = 10;
const MAX_REPLACED_LISTED = 100;

interface TablePlan {
  /** New to this device. */
  add: number;
  /** On this device too, but older there: the backup's copy replaces it. */
  replace: number;
  /** On this device and newer (or as recent) there: this device's copy stays. */
  keep: number;
  /** On this device already, exactly the same. */
  same: number;
  /** In the file, but left out: it cannot live without a protégé that is nowhere. */
  skip: number;
}

/** A record on this device that the file's newer copy will replace, as the mentor knows it. */
interface ReplacedRecord {
  table: BackupTable;
  /** The protégé it belongs to on this device ('' for inbox notes). */
  protege: string;
  /** A name, a goal's title, a note's first words, a session's date. */
  summary: string;
}

export interface ImportPlan {
  tables: Record<BackupTable, TablePlan>;
  /** The records to write: added and replacing ones, repaired as the warnings say. */
  writes: BackupTables;
  /** What will be imported differently from the file, in words. */
  warnings: string[];
  /** The first device records the import replaces; `replacedCount` says how many in all. */
  replaced: ReplacedRecord[];
  replacedCount: number;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: string[] };

type AnyRow = BackupRow<BackupTable>;

/** Where the plan looks records up: this device, or (to check an export) an empty one. */
export interface DeviceRecords {
  get<T extends BackupTable>(table: T, ids: Id[]): Promise<(BackupRow<T> | undefined)[]>;
}

function tableOf(name: BackupTable) {
  return db.table<AnyRow, Id>(name);
}

const thisDevice: DeviceRecords = {
  // A Dexie promise, not an async function: the transaction must see every step as its own.
  get: <T extends BackupTable>(table: T, ids: Id[]) =>
    tableOf(table)
      .bulkGet(ids)
      // The word index is the device's, not the mentor's data: compare records without it.
      .then((rows) =>
        table === 'notes' ? rows.map((row) => row && stripWords(row as BackupRow<'notes'>)) : rows,
      ) as Promise<(BackupRow<T> | undefined)[]>,
};

export const emptyDevice: DeviceRecords = {
  get: (_table, ids) => Promise.resolve(ids.map(() => undefined)),
};

/** When a record last changed, by the fields each table has. */
function changedAt(table: BackupTable, row: AnyRow): number {
  switch (table) {
    case 'proteges':
    case 'notes':
      return (row as BackupRow<'notes' | 'proteges'>).updatedAt;
    case 'stageEvents':
    case 'tipFeedback':
      return (row as BackupRow<'stageEvents' | 'tipFeedback'>).at;
    case 'sessions': {
      const session = row as BackupRow<'sessions'>;
      return Math.max(session.startedAt, session.endedAt ?? 0);
    }
    case 'goals': {
      const goal = row as BackupRow<'goals'>;
      return Math.max(goal.createdAt, goal.doneAt ?? 0);
    }
  }
}

/** Key order differs between a file and a stored record; values are what count. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** What the plan needs from this device, looked up before anything is worked out. */
interface DeviceView {
  proteges: Map<Id, BackupRow<'proteges'>>;
  sessions: Map<Id, BackupRow<'sessions'>>;
  /** The device's copy of each file row, by the row's place in the file. */
  existing: { [T in BackupTable]: (BackupRow<T> | undefined)[] };
  /** The device's copy of each inbox note recovered from an orphan, by its id. */
  recovered: Map<Id, BackupRow<'notes'>>;
}

/** The records that go to the inbox as notes when their protégé is nowhere. */
const RECOVERABLE = ['sessions', 'stageEvents', 'goals'] as const;

function byId<T extends { id: Id }>(rows: (T | undefined)[]) {
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/**
 * Every lookup in one flat sequence of awaits on Dexie's own requests: Dexie keeps a
 * transaction across those, but can lose it across layers of async functions in between.
 */
async function lookUp(backup: Backup, device: DeviceRecords): Promise<DeviceView> {
  const inFile = new Set(backup.proteges.map((p) => p.id));
  const referenced = new Set<Id>();
  for (const table of ['notes', 'stageEvents', 'sessions', 'goals', 'tipFeedback'] as const) {
    for (const row of backup[table])
      if (row.protegeId !== undefined && !inFile.has(row.protegeId)) referenced.add(row.protegeId);
  }
  const sessionsInFile = new Set(backup.sessions.map((s) => s.id));
  const sessionIds = new Set(
    backup.notes.flatMap((n) => (n.sessionId && !sessionsInFile.has(n.sessionId) ? [n.sessionId] : [])),
  );
  const proteges = byId(await device.get('proteges', [...referenced]));
  const sessions = byId(await device.get('sessions', [...sessionIds]));
  const existing = {} as Record<BackupTable, (AnyRow | undefined)[]>;
  for (const table of BACKUP_TABLES)
    existing[table] = await device.get(
      table,
      backup[table].map((row) => row.id),
    );
  // The owners of the records an import may replace, to name them in the preview.
  const owners = new Set<Id>();
  for (const table of BACKUP_TABLES) {
    for (const row of existing[table]) {
      const owner = table === 'proteges' ? row?.id : (row as { protegeId?: Id } | undefined)?.protegeId;
      if (owner !== undefined && !proteges.has(owner)) owners.add(owner);
    }
  }
  for (const [id, row] of byId(await device.get('proteges', [...owners]))) proteges.set(id, row);
  const orphanIds = RECOVERABLE.flatMap((table) =>
    backup[table].flatMap((row) => (inFile.has(row.protegeId) || proteges.has(row.protegeId) ? [] : [row.id])),
  );
  const recovered = byId(await device.get('notes', orphanIds));
  return { proteges, sessions, existing: existing as DeviceView['existing'], recovered };
}

type Indexed<T extends BackupTable> = { row: BackupRow<T>; index: number };

/**
 * The file's records with their references repaired, and a warning for each repair. Rows keep
 * their place in the file (`index`) so warnings name them as the reader's problems do.
 */
function repairReferences(backup: Backup, device: DeviceView) {
  const warnings: string[] = [];
  const skipped = Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;
  const inFile = new Set(backup.proteges.map((p) => p.id));
  const protegeExists = (id: Id) => inFile.has(id) || device.proteges.has(id);

  const recoveredNotes: { row: BackupRow<'notes'>; current: BackupRow<'notes'> | undefined }[] = [];

  function keepWithProtege<T extends 'stageEvents' | 'sessions' | 'goals' | 'tipFeedback'>(table: T) {
    const kept: Indexed<T>[] = [];
    (backup[table] as BackupRow<T>[]).forEach((row, index) => {
      if (protegeExists(row.protegeId)) return kept.push({ row, index });
      skipped[table]++;
      const where = describeRecord(table, index, row);
      if (table === 'tipFeedback') {
        warnings.push(
          `${where} belongs to a protégé that is neither in the file nor on this device: it will be left out.`,
        );
        return;
      }
      const note = recoveredNote(table as (typeof RECOVERABLE)[number], row as BackupRow<(typeof RECOVERABLE)[number]>);
      recoveredNotes.push({ row: note, current: device.recovered.get(note.id) });
      warnings.push(
        `${where} belongs to a protégé that is neither in the file nor on this device: it will go to ${INBOX_PLACE} as a note that says what it was.`,
      );
    });
    return kept;
  }
  const sessions = keepWithProtege('sessions');
  const stageEvents = keepWithProtege('stageEvents');
  const goals = keepWithProtege('goals');
  const tipFeedback = keepWithProtege('tipFeedback');

  // Whose session is whose: the file's (kept) sessions, else this device's.
  const sessionOwner = new Map<Id, Id>([...device.sessions].map(([id, session]) => [id, session.protegeId]));
  for (const { row } of sessions) sessionOwner.set(row.id, row.protegeId);
  for (const session of backup.sessions) if (!protegeExists(session.protegeId)) sessionOwner.delete(session.id);

  const notes = backup.notes.map((original, index): Indexed<'notes'> => {
    const row = { ...original };
    const where = describeRecord('notes', index, original);
    if (row.protegeId !== undefined && !protegeExists(row.protegeId)) {
      // Its session belonged to the same missing protégé, so the link goes too.
      delete row.protegeId;
      delete row.sessionId;
      warnings.push(
        `${where} belongs to a protégé that is neither in the file nor on this device: it will go to ${INBOX_PLACE}.`,
      );
    } else if (row.sessionId !== undefined) {
      const owner = sessionOwner.get(row.sessionId);
      if (owner === undefined) {
        delete row.sessionId;
        warnings.push(
          `${where} was taken in a session that will not be on this device: it will be kept without the session.`,
        );
      } else if (owner !== row.protegeId) {
        delete row.sessionId;
        warnings.push(`${where} is linked to another protégé’s session: it will be kept, without that session.`);
      }
    }
    return { row, index };
  });
  const proteges = backup.proteges.map((row, index) => ({ row, index }));
  return { rows: { proteges, notes, stageEvents, sessions, goals, tipFeedback }, warnings, skipped, recoveredNotes };
}

function day(time: number | undefined) {
  return time === undefined ? undefined : new Date(time).toISOString().slice(0, 10);
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * An inbox note saying what a record whose protégé is nowhere held, so nothing the mentor
 * wrote is lost: the mentor can file it under the right protégé.
 */
function recoveredNote(
  table: (typeof RECOVERABLE)[number],
  row: BackupRow<(typeof RECOVERABLE)[number]>,
): BackupRow<'notes'> {
  const lines: string[] = [];
  let at: number;
  switch (table) {
    case 'sessions': {
      const session = row as BackupRow<'sessions'>;
      at = session.startedAt;
      lines.push(`From a backup: a session on ${day(at)} whose protégé was missing.`);
      if (session.agenda.length) lines.push('Agenda:', ...session.agenda.map((item) => `- ${item}`));
      const wrapUp = session.wrapUp;
      if (wrapUp?.stage) lines.push(`Stage at the end: ${capitalised(wrapUp.stage)}`);
      if (wrapUp?.summary) lines.push(`Summary: ${wrapUp.summary}`);
      if (wrapUp?.thanks) lines.push(`Thanks: ${wrapUp.thanks}`);
      if (wrapUp?.nextMeetingAt !== undefined) lines.push(`Next meeting: ${day(wrapUp.nextMeetingAt)}`);
      break;
    }
    case 'stageEvents': {
      const event = row as BackupRow<'stageEvents'>;
      at = event.at;
      lines.push(
        `From a backup: a stage change to ${capitalised(event.stage)} on ${day(at)} whose protégé was missing.`,
      );
      if (event.evidence) lines.push(`Evidence: ${event.evidence}`);
      break;
    }
    case 'goals': {
      const goal = row as BackupRow<'goals'>;
      at = goal.createdAt;
      lines.push(`From a backup: a goal whose protégé was missing: ${goal.title}`);
      if (goal.targetDate !== undefined) lines.push(`Target date: ${day(goal.targetDate)}`);
      if (goal.done) lines.push(goal.doneAt === undefined ? 'Done.' : `Done on ${day(goal.doneAt)}.`);
      break;
    }
  }
  const text = lines.join('\n');
  return {
    id: row.id,
    kind: 'note',
    text: text.length <= MAX_NOTE_LENGTH ? text : `${text.slice(0, MAX_NOTE_LENGTH - 1)}…`,
    source: { kind: 'sidepanel' },
    createdAt: at,
    updatedAt: at,
  };
}

function planTable<T extends BackupTable>(table: T, rows: Indexed<T>[], existing: (BackupRow<T> | undefined)[]) {
  const plan: TablePlan = { add: 0, replace: 0, keep: 0, same: 0, skip: 0 };
  const writes: BackupRow<T>[] = [];
  const replaced: BackupRow<T>[] = [];
  for (const { row, index } of rows) {
    const current = existing[index];
    if (!current) {
      plan.add++;
      writes.push(row);
    } else if (sameRecord(current, row)) {
      plan.same++;
    } else if (changedAt(table, row) > changedAt(table, current)) {
      plan.replace++;
      writes.push(row);
      replaced.push(current);
    } else {
      plan.keep++;
    }
  }
  return { plan, writes, replaced };
}

function dateOf(time: number) {
  return new Date(time).toISOString().slice(0, 10);
}

/** How the mentor knows a record: a name, a title, first words, a date. */
function summarise(table: BackupTable, row: AnyRow): string {
  switch (table) {
    case 'proteges':
      return 'profile';
    case 'notes':
      return `note “${firstWords((row as BackupRow<'notes'>).text)}”`;
    case 'goals':
      return `goal “${firstWords((row as BackupRow<'goals'>).title)}”`;
    case 'sessions':
      return `session of ${dateOf((row as BackupRow<'sessions'>).startedAt)}`;
    case 'stageEvents': {
      const event = row as BackupRow<'stageEvents'>;
      return `stage change to ${event.stage} on ${dateOf(event.at)}`;
    }
    case 'tipFeedback':
      return `feedback on tip “${(row as BackupRow<'tipFeedback'>).tipId}”`;
  }
}

function describeReplaced(replaced: { table: BackupTable; row: AnyRow }[], device: DeviceView): ReplacedRecord[] {
  return replaced.slice(0, MAX_REPLACED_LISTED).map(({ table, row }) => {
    const ownerId = table === 'proteges' ? row.id : (row as { protegeId?: Id }).protegeId;
    const owner = ownerId === undefined ? undefined : device.proteges.get(ownerId);
    return { table, protege: owner ? firstWords(owner.name) : '', summary: clip(summarise(table, row), 120) };
  });
}

/**
 * Works out the plan inside whatever transaction is running: the preview runs it read-only,
 * and the import runs it again inside its read-write transaction so nothing can change between.
 */
export async function computeImportPlan(backup: Backup, device: DeviceRecords = thisDevice): Promise<PlanResult> {
  const view = await lookUp(backup, device);
  const { rows, warnings, skipped, recoveredNotes } = repairReferences(backup, view);
  const tables = {} as Record<BackupTable, TablePlan>;
  const writes = {} as Record<BackupTable, AnyRow[]>;
  const replaced: { table: BackupTable; row: AnyRow }[] = [];
  // Recovered notes are planned as notes, after the file's own, with their device copies.
  const fileNotes = rows.notes.length;
  rows.notes.push(...recoveredNotes.map(({ row }, i) => ({ row, index: fileNotes + i })));
  view.existing.notes.push(...recoveredNotes.map(({ current }) => current));
  for (const table of BACKUP_TABLES) {
    const result = planTable(table, rows[table] as Indexed<BackupTable>[], view.existing[table]);
    tables[table] = { ...result.plan, skip: skipped[table] };
    writes[table] = result.writes;
    replaced.push(...result.replaced.map((row) => ({ table, row })));
  }
  return {
    ok: true,
    plan: {
      tables,
      writes: writes as BackupTables,
      warnings: capMessages(
        warnings,
        MAX_WARNINGS_LISTED,
        (n) => `…and ${n.toLocaleString('en')} more like these.`,
      ).map((warning) => clip(warning)),
      replaced: describeReplaced(replaced, view),
      replacedCount: replaced.length,
    },
  };
}

/** The preview shown before the mentor confirms. Reads only. */
export function planImport(backup: Backup): Promise<PlanResult> {
  return db.transaction('r', BACKUP_TABLES.map(tableOf), () => computeImportPlan(backup));
}

/** Whether two plans would do the same thing: the import refuses to do other than it showed. */
export function samePlan(a: ImportPlan, b: ImportPlan): boolean {
  return sameRecord(
    { tables: a.tables, warnings: a.warnings, replaced: a.replacedCount },
    { tables: b.tables, warnings: b.warnings, replaced: b.replacedCount },
  );
}
