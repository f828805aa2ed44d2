import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { noteWordsMiddleware, type IndexedNote } from './search-index';
import { searchWords } from './search-words';
import type { Goal, Protege, Session, StageEvent, TipFeedback } from './types';

export const DATABASE_NAME = 'mentor-up';

/**
 * Every schema version the database has had, oldest first. A released version is never
 * edited: a change adds a new entry (with an upgrade when data must move) and a test that
 * opens a database written by each earlier version.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Moves data written by the previous version into this one's shape. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Protégés are few (hundreds at most): listed whole and sorted in memory.
      proteges: 'id',
      // The notes list reads one protégé's notes newest first.
      notes: 'id, [protegeId+createdAt]',
      stageEvents: 'id, [protegeId+at]',
      sessions: 'id, [protegeId+startedAt]',
      goals: 'id, protegeId',
      tipFeedback: 'id, protegeId',
    },
  },
  {
    version: 2,
    stores: {
      // Search looks notes up by word; Progress lists a session's notes.
      notes: 'id, [protegeId+createdAt], sessionId, *words',
    },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: { text: string; words?: string[] }) => {
          note.words = searchWords(note.text);
        }),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class MentorUpDatabase extends Dexie {
  proteges!: EntityTable<Protege, 'id'>;
  notes!: EntityTable<IndexedNote, 'id'>;
  stageEvents!: EntityTable<StageEvent, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  tipFeedback!: EntityTable<TipFeedback, 'id'>;

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chrome flush a write to disk before reporting it committed:
    // "saved" must mean saved.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(noteWordsMiddleware);
  }
}

export const db = new MentorUpDatabase();

export function newId(): string {
  return crypto.randomUUID();
}

/** Bounds that select every key of one protégé in a `[protegeId+…]` compound index. */
export function protegeKeyRange(protegeId: string): [[string, unknown], [string, unknown]] {
  return [
    [protegeId, Dexie.minKey],
    [protegeId, Dexie.maxKey],
  ];
}
