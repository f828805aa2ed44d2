import Dexie, { type Collection, type EntityTable, type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema-versions';
import { noteWordsMiddleware, type IndexedNote } from './search-index';
import { TABLE_NAMES, type TableName } from './tables';
import type { Goal, Id, Protege, Session, StageEvent, TipVerdictRecord } from './types';

export const DATABASE_NAME = 'mentor-up';

/**
 * The index each table finds one protégé's records by: every table but the protégés' own has
 * one. The compound ones also hold a time, so their records come oldest first.
 */
const PROTEGE_INDEXES = {
  notes: '[protegeId+createdAt]',
  stageEvents: '[protegeId+at]',
  sessions: '[protegeId+startedAt]',
  goals: 'protegeId',
  tipFeedback: 'protegeId',
} as const satisfies Record<Exclude<TableName, 'proteges'>, string>;

/** The tables that hold records about a protégé. */
export type ProtegeTable = keyof typeof PROTEGE_INDEXES;
export const PROTEGE_TABLES = TABLE_NAMES.filter((table): table is ProtegeTable => table in PROTEGE_INDEXES);
type RowOf<T extends TableName> = MentorUpDatabase[T] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;

/** One typed field per table of `TABLE_NAMES`: the compiler refuses a table left out. */
class MentorUpDatabase extends Dexie implements Record<TableName, Table> {
  proteges!: EntityTable<Protege, 'id'>;
  notes!: EntityTable<IndexedNote, 'id'>;
  stageEvents!: EntityTable<StageEvent, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  tipFeedback!: EntityTable<TipVerdictRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chrome flush a write to disk before reporting it committed:
    // "saved" must mean saved.
    super(name, { chromeTransactionDurability: 'strict' });
    // Released versions are frozen files (versions/v01.ts, …): a change adds the next one.
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(noteWordsMiddleware);
  }

  /** One protégé's records in `table`, oldest first where the index holds a time. */
  protegeRecords<T extends ProtegeTable>(table: T, protegeId: Id): Collection<RowOf<T>, Id> {
    const index = PROTEGE_INDEXES[table];
    const clause = this.table<RowOf<T>, Id>(table).where(index);
    // A compound index: every key that starts with this protégé's id, whatever time follows.
    return index.startsWith('[')
      ? clause.between([protegeId, Dexie.minKey], [protegeId, Dexie.maxKey])
      : clause.equals(protegeId);
  }

  override open() {
    const opening = super.open();
    // Dexie keeps a failed open's error and fails every later call with it, even once the
    // cause has passed (a full disk freed): the page would need a reload. Unless the page
    // closed the database itself, the next call tries to open it again instead.
    void opening.catch(() => {
      if (this.hasFailed() && !this.hasBeenClosed()) this.close({ disableAutoOpen: false });
    });
    return opening;
  }
}

export const db = new MentorUpDatabase();

let lastIdTime = -1;
let idSequence = 0;

/**
 * A time-ordered UUID (version 7): ids sort in creation order, so notes saved within the same
 * millisecond still list in the order they were written. A counter keeps ids from one page
 * strictly increasing even if the clock stands still or steps back.
 */
export function newId(now = Date.now()): string {
  if (now > lastIdTime) {
    lastIdTime = now;
    idSequence = 0;
  } else if (++idSequence > 0xfff) {
    lastIdTime += 1;
    idSequence = 0;
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = lastIdTime;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (idSequence >> 8);
  bytes[7] = idSequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
