import { beforeEach, describe, expect, it } from 'vitest';
import { backupJson, checkBackupJson, exportBackup } from '../../../db/backup/export-backup';
import { db } from '../../../db/database';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { resetDatabase } from '../db/reset';

beforeEach(resetDatabase);

const MISSING = '0f0e0d0c-0b0a-4908-8706-050403020100';

/** What an export of the database as it is would say about itself. */
async function checkExport(now = Date.now()) {
  return checkBackupJson(backupJson(await exportBackup(new Date(now))), now);
}

describe('every export is read back as its import would read it', () => {
  it('passes when the data is what the product writes', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await saveNote({ protegeId: pat.id, kind: 'note', text: 'Wants to try Copilot', source: { kind: 'popup' } });
    expect(await checkExport()).toEqual([]);
  });

  it.each([
    [
      'a captured page title over the limit',
      async (protegeId: string) => {
        const note = await saveNote({ protegeId, kind: 'note', text: 'Read this', source: { kind: 'selection' } });
        await db.notes.update(note.id, { source: { kind: 'selection', title: 'T'.repeat(3000) } });
      },
      /^Note 1 \(“Read this”\), page title is 3,000 characters, over the 500 allowed/,
    ],
    [
      'a kept capture whose protégé was deleted',
      async (protegeId: string) => {
        // Written past the write checks, as an older release could have left it.
        const note = await saveNote({
          protegeId,
          kind: 'note',
          text: 'Saved from a page',
          source: { kind: 'selection' },
        });
        await db.notes.update(note.id, { protegeId: MISSING });
      },
      /^Note 1 \(“Saved from a page”\) belongs to a protégé that is neither in the file nor on this device: it will go to the inbox/,
    ],
    [
      'a record changed after the export (a clock set ahead)',
      async (protegeId: string) => {
        const note = await saveNote({ protegeId, kind: 'note', text: 'From the future', source: { kind: 'popup' } });
        await db.notes.update(note.id, { updatedAt: Date.now() + 10 * 24 * 60 * 60 * 1000 });
      },
      /^Note 1 \(“From the future”\), updatedAt is .* after the file was made/,
    ],
  ])('says what is wrong with %s, naming the record and field', async (_what, damage, message) => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await damage(pat.id);
    const problems = await checkExport();
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});
