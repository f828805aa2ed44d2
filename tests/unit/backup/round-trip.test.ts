import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../db/backup/apply-import';
import { exportBackup } from '../../../db/backup/export-backup';
import { BACKUP_TABLES, type Backup } from '../../../db/backup/format';
import { planImport } from '../../../db/backup/plan-import';
import { readBackupText } from '../../../db/backup/read-backup';
import { db } from '../../../db/database';
import { searchWords } from '../../../db/search-words';
import { resetDatabase } from '../db/reset';
import { validBackup } from './arbitraries';

// Property runs touch the database hundreds of times; a busy machine needs more than the default.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(resetDatabase);

function sortedTables(backup: Backup) {
  return Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, [...backup[table]].sort((a, b) => (a.id < b.id ? -1 : 1))]),
  );
}

/** The whole path a file takes through the options page: read, preview, confirm. */
async function importText(text: string) {
  const read = readBackupText(text);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const planned = await planImport(read.backup);
  if (!planned.ok) throw new Error(planned.problems.join('\n'));
  return applyImport(read.backup);
}

describe('export → import round trip', () => {
  it('gives back exactly the data of any valid backup, imported into an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(validBackup, async (backup) => {
        await resetDatabase();
        const plan = await importText(JSON.stringify(backup));
        for (const table of BACKUP_TABLES) expect(plan.tables[table].add).toBe(backup[table].length);
        const exported = await exportBackup();
        expect(sortedTables(exported)).toEqual(sortedTables(backup));
      }),
      { numRuns: 60 },
    );
  });

  it('rebuilds the search words of imported notes', async () => {
    const [backup] = fc.sample(
      validBackup.filter((b) => b.notes.length > 0),
      { numRuns: 1, seed: 7 },
    );
    await importText(JSON.stringify(backup));
    const first = backup!.notes[0]!;
    const stored = await db.notes.get(first.id);
    expect(stored?.words).toEqual(searchWords(first.text));
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    const [backup] = fc.sample(
      validBackup.filter((b) => b.proteges.length > 0),
      { numRuns: 1, seed: 3 },
    );
    const text = JSON.stringify(backup);
    await importText(text);
    const planned = await planImport(backup!);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    for (const table of BACKUP_TABLES) {
      expect(planned.plan.tables[table]).toEqual({ add: 0, replace: 0, keep: 0, same: backup![table].length, skip: 0 });
    }
  });
});
