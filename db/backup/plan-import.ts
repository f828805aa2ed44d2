import { db } from '../database';
import { stripWords } from '../search-index';
import type { Id } from '../types';
import { BACKUP_TABLES, type Backup, type BackupRow, type BackupTable, type BackupTables } from './format';
import { describePath } from './read-backup';

/**
 * What an import will do, worked out against the database as it is now.
 *
 * The conflict policy: when a record is both on this device and in the backup, the copy
 * changed most recently is kept; when both are equally recent, this device's copy stays.
 * Nothing on this device is deleted. `CONFLICT_POLICY` says the same for people.
 */
export const CONFLICT_POLICY =
  'When an item is both on this device and in the backup, the copy changed most recently is kept; if both are equally recent, this device’s copy stays. Nothing on this device is deleted.';

export interface TablePlan {
  /** New to this device. */
  add: number;
  /** On this device too, but older there: the backup's copy replaces it. */
  replace: number;
  /** On this device and newer (or as recent) there: this device's copy stays. */
  keep: number;
  /** On this device already, exactly the same. */
  same: number;
}

export interface ImportPlan {
  tables: Record<BackupTable, TablePlan>;
  /** The records to write: added and replacing ones. */
  writes: BackupTables;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: string[] };

type AnyRow = BackupRow<BackupTable>;

/** When a record last changed, by the fields each table has. */
export function changedAt(table: BackupTable, row: AnyRow): number {
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

export function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function tableOf(name: BackupTable) {
  return db.table<AnyRow, Id>(name);
}

/** Problems with references that point neither into the file nor at a record on this device. */
async function referenceProblems(backup: Backup): Promise<string[]> {
  const inFile = {
    proteges: new Set(backup.proteges.map((p) => p.id)),
    sessions: new Set(backup.sessions.map((s) => s.id)),
  };
  const wanted = { proteges: new Set<Id>(), sessions: new Set<Id>() };
  const refs: { table: BackupTable; index: number; field: string; target: 'proteges' | 'sessions'; id: Id }[] = [];
  const note = (table: BackupTable, index: number, field: string, target: 'proteges' | 'sessions', id?: Id) => {
    if (id === undefined) return;
    refs.push({ table, index, field, target, id });
    if (!inFile[target].has(id)) wanted[target].add(id);
  };
  backup.notes.forEach((n, i) => {
    note('notes', i, 'protegeId', 'proteges', n.protegeId);
    note('notes', i, 'sessionId', 'sessions', n.sessionId);
  });
  for (const table of ['stageEvents', 'sessions', 'goals', 'tipFeedback'] as const) {
    backup[table].forEach((row, i) => note(table, i, 'protegeId', 'proteges', row.protegeId));
  }
  const onDevice = { proteges: new Set<Id>(), sessions: new Set<Id>() };
  for (const target of ['proteges', 'sessions'] as const) {
    const ids = [...wanted[target]];
    const found = await tableOf(target).bulkGet(ids);
    ids.forEach((id, i) => found[i] && onDevice[target].add(id));
  }
  const problems: string[] = [];
  for (const ref of refs) {
    if (inFile[ref.target].has(ref.id) || onDevice[ref.target].has(ref.id)) continue;
    const what = ref.target === 'proteges' ? 'a protégé' : 'a session';
    problems.push(
      `${describePath([ref.table, ref.index, ref.field])} points to ${what} that is neither in the file nor on this device.`,
    );
  }
  return problems;
}

async function planTable<T extends BackupTable>(table: T, rows: BackupTables[T]) {
  const existing = await tableOf(table).bulkGet(rows.map((row) => row.id));
  const plan: TablePlan = { add: 0, replace: 0, keep: 0, same: 0 };
  const writes: AnyRow[] = [];
  rows.forEach((row, i) => {
    const stored = existing[i];
    const current = stored && table === 'notes' ? stripWords(stored as BackupRow<'notes'>) : stored;
    if (!current) {
      plan.add++;
      writes.push(row);
    } else if (sameRecord(current, row)) {
      plan.same++;
    } else if (changedAt(table, row) > changedAt(table, current)) {
      plan.replace++;
      writes.push(row);
    } else {
      plan.keep++;
    }
  });
  return { plan, writes: writes as BackupTables[T] };
}

/**
 * Works out the plan inside whatever transaction is running: the preview runs it read-only,
 * and the import runs it again inside its read-write transaction so nothing can change between.
 */
export async function computeImportPlan(backup: Backup): Promise<PlanResult> {
  const problems = await referenceProblems(backup);
  if (problems.length) return { ok: false, problems: problems.slice(0, 10) };
  const tables = {} as Record<BackupTable, TablePlan>;
  const writes = {} as Record<BackupTable, AnyRow[]>;
  for (const table of BACKUP_TABLES) {
    const result = await planTable(table, backup[table]);
    tables[table] = result.plan;
    writes[table] = result.writes;
  }
  return { ok: true, plan: { tables, writes: writes as BackupTables } };
}

/** The preview shown before the mentor confirms. Reads only. */
export function planImport(backup: Backup): Promise<PlanResult> {
  return db.transaction('r', BACKUP_TABLES.map(tableOf), () => computeImportPlan(backup));
}
