import type { Transaction } from 'dexie';

/**
 * One released schema version of the database, frozen in its own file (`v01.ts`, `v02.ts`, …).
 * A released version is never edited, not even its comments: a change adds the next file, with
 * an upgrade when data must move and its own before/after test. A test holds every released
 * file to the fingerprint recorded when it shipped.
 *
 * So that nothing can change a released upgrade from outside, a version file imports types
 * only, and its upgrade reads and writes plain records through `tx.table(name)`.
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie's store specs for the tables this version adds or changes. */
  readonly stores: Readonly<Record<string, string>>;
  /** Moves data written by the previous version into this one's shape. */
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}
