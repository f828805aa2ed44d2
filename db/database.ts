import Dexie, { type EntityTable } from 'dexie';
import type { Goal, Note, Protege, Session, StageEvent, TipFeedback } from './types';

export const DATABASE_NAME = 'mentor-up';

/**
 * Every schema version the database has had, oldest first. A released version is never
 * edited: a change adds a new entry (with an upgrade when data must move) and a test that
 * opens a database written by each earlier version.
 */
export const SCHEMA_VERSIONS = [
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
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class MentorUpDatabase extends Dexie {
  proteges!: EntityTable<Protege, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  stageEvents!: EntityTable<StageEvent, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  tipFeedback!: EntityTable<TipFeedback, 'id'>;

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chrome flush a write to disk before reporting it committed:
    // "saved" must mean saved.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
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
