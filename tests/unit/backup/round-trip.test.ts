import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../db/backup/apply-import';
import { exportBackup } from '../../../db/backup/export-backup';
import { BACKUP_TABLES, type Backup } from '../../../db/backup/format';
import { planImport } from '../../../db/backup/plan-import';
import { readBackupText } from '../../../db/backup/read-backup';
import { db } from '../../../db/database';
import { searchNotes } from '../../../db/search';
import { searchWords } from '../../../db/search-words';
import { resetDatabase } from '../db/reset';
import { validBackup } from './arbitraries';
import { CHANGED_AT, NOTE, smallBackup } from './small-backup';

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

  it('imported notes are found by search, new ones and ones that replace an older copy', async () => {
    const backup = smallBackup();
    const older = { ...backup.notes[0]!, text: 'Asked about spreadsheets', createdAt: 1, updatedAt: 1 };
    const fresh = { ...older, id: 'b1e2d3c4-5f60-4a7b-8c9d-0e1f2a3b4c5d', text: 'Émile liked the Teams demo' };
    backup.notes.push({ ...fresh, updatedAt: CHANGED_AT, createdAt: CHANGED_AT });
    // This device has an older copy of the first note, with other words.
    await db.transaction('rw', db.proteges, db.notes, async () => {
      await db.proteges.add({ ...backup.proteges[0]!, createdAt: 1, updatedAt: 1 });
      await db.notes.add(older);
    });
    expect((await searchNotes({ text: 'spreadsheets' })).map((hit) => hit.note.id)).toEqual([NOTE]);

    await applyImport(backup);

    const found = async (text: string) => (await searchNotes({ text })).map((hit) => hit.note.id);
    expect(await found('copilot')).toEqual([NOTE]);
    expect(await found('spreadsheets')).toEqual([]);
    expect(await found('emile teams')).toEqual([fresh.id]);
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
