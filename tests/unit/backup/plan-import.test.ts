import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../db/backup/apply-import';
import type { Backup } from '../../../db/backup/format';
import { planImport, type ImportPlan } from '../../../db/backup/plan-import';
import { db } from '../../../db/database';
import { listInboxNotes } from '../../../db/notes';
import { resetDatabase } from '../db/reset';
import { dumpDatabase } from './dump';
import { CHANGED_AT, GOAL, NOTE, PAT, SAM, SESSION, smallBackup } from './small-backup';

beforeEach(resetDatabase);

async function plan(backup: Backup): Promise<ImportPlan> {
  const result = await planImport(backup);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.plan;
}

const STAGE_EVENT = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';
const OTHER_NOTE = '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b';

/** The small backup without its protégé: everything in it points at no one. */
function withoutProtege(): Backup {
  const backup = smallBackup();
  return {
    ...backup,
    proteges: [],
    stageEvents: [
      { id: STAGE_EVENT, protegeId: PAT, stage: 'resistance', at: CHANGED_AT, evidence: 'Said "fine before"' },
    ],
    tipFeedback: [
      { id: `${PAT}|name-the-fear`, protegeId: PAT, tipId: 'name-the-fear', verdict: 'worked', at: CHANGED_AT },
    ],
  };
}

describe('an import repairs what it can, with a warning for each repair', () => {
  it('files a note whose protégé is nowhere in the inbox, with the session, stage change and goal as notes saying what they were', async () => {
    const planned = await plan(withoutProtege());
    expect(planned.warnings).toEqual([
      expect.stringMatching(
        /^Session 1 belongs to a protégé that is neither in the file nor on this device: it will go to the inbox .* as a note that says what it was\.$/,
      ),
      expect.stringMatching(
        /^Stage change 1 \(“Said "fine before"”\) belongs to a protégé .*as a note that says what it was\.$/,
      ),
      expect.stringMatching(/^Goal 1 \(“Post on LinkedIn”\) belongs to a protégé .*as a note that says what it was\.$/),
      expect.stringMatching(/^Tip feedback 1 belongs to a protégé .*left out\.$/),
      expect.stringMatching(/^Note 1 \(“Wants to try Copilot”\) belongs to a protégé .* it will go to the inbox/),
    ]);
    expect(planned.tables.notes).toMatchObject({ add: 4, skip: 0 });
    for (const table of ['sessions', 'stageEvents', 'goals', 'tipFeedback'] as const) {
      expect(planned.tables[table]).toMatchObject({ add: 0, skip: 1 });
    }

    await applyImport(withoutProtege(), planned);
    const inbox = await listInboxNotes();
    const byId = new Map(inbox.map((n) => [n.id, n]));
    expect(inbox.every((n) => n.protegeId === undefined && n.sessionId === undefined)).toBe(true);
    expect(byId.get(NOTE)?.text).toBe('Wants to try Copilot');
    expect(byId.get(SESSION)?.text).toMatch(
      /^From a backup: a session on \d{4}-\d{2}-\d{2} whose protégé was missing\./,
    );
    expect(byId.get(STAGE_EVENT)?.text).toMatch(/a stage change to Resistance on .*\nEvidence: Said "fine before"$/);
    expect(byId.get(GOAL)?.text).toMatch(/^From a backup: a goal whose protégé was missing: Post on LinkedIn/);
    expect(await db.goals.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.stageEvents.count()).toBe(0);
    expect(await db.tipFeedback.count()).toBe(0);

    // The same file again adds nothing: the recovered notes keep their records' ids.
    const again = await plan(withoutProtege());
    expect(again.tables.notes).toMatchObject({ add: 0, same: 4 });
    await applyImport(withoutProtege(), again);
    expect(await listInboxNotes()).toHaveLength(4);
  });

  it('keeps records whose protégé is on this device though not in the file, without a warning', async () => {
    await db.proteges.add({ ...smallBackup().proteges[0]! });
    const planned = await plan(withoutProtege());
    expect(planned.warnings).toEqual([]);
    await applyImport(withoutProtege(), planned);
    expect((await db.notes.get(NOTE))?.protegeId).toBe(PAT);
    expect((await db.goals.get(GOAL))?.protegeId).toBe(PAT);
  });

  it.each([
    [
      'belongs to another protégé',
      (backup: Backup) => {
        backup.proteges.push({ ...backup.proteges[0]!, id: SAM, name: 'Sam' });
        backup.sessions[0]!.protegeId = SAM;
      },
      /^Note 1 \(“Wants to try Copilot”\) is linked to another protégé’s session: it will be kept, without that session\.$/,
    ],
    [
      'is nowhere',
      (backup: Backup) => {
        backup.sessions = [];
      },
      /^Note 1 \(“Wants to try Copilot”\) was taken in a session that will not be on this device/,
    ],
  ])('unlinks a note from a session that %s', async (_what, edit, warning) => {
    const backup = smallBackup();
    edit(backup);
    const planned = await plan(backup);
    expect(planned.warnings).toEqual([expect.stringMatching(warning)]);
    await applyImport(backup, planned);
    const note = await db.notes.get(NOTE);
    expect(note).toMatchObject({ protegeId: PAT, text: 'Wants to try Copilot' });
    expect(note?.sessionId).toBeUndefined();
  });

  it('checks a note’s session on this device too: its own protégé’s session is kept', async () => {
    const backup = smallBackup();
    await db.proteges.add(backup.proteges[0]!);
    await db.sessions.add(backup.sessions[0]!);
    const onlyTheNote = { ...backup, proteges: [], sessions: [], goals: [] };
    expect((await plan(onlyTheNote)).warnings).toEqual([]);

    await db.proteges.add({ ...backup.proteges[0]!, id: SAM, name: 'Sam' });
    await db.sessions.put({ ...backup.sessions[0]!, protegeId: SAM });
    expect((await plan(onlyTheNote)).warnings).toEqual([expect.stringMatching(/another protégé’s session/)]);
  });

  it('lists the records on this device it would replace, by protégé and first words', async () => {
    const file = smallBackup();
    const older = CHANGED_AT - 1000;
    await db.proteges.add({ ...file.proteges[0]!, name: 'Pat L.', updatedAt: older });
    await db.notes.add({
      ...file.notes[0]!,
      text: 'Wants to try Copilot, and then maybe the new expenses tool if there is time left over',
      updatedAt: older,
      words: [],
    });
    await db.notes.add({
      ...file.notes[0]!,
      id: OTHER_NOTE,
      protegeId: undefined,
      text: 'Inbox thought',
      updatedAt: older,
      words: [],
    });
    file.notes.push({
      ...file.notes[0]!,
      id: OTHER_NOTE,
      protegeId: undefined,
      sessionId: undefined,
      text: 'Inbox thought, later',
    });
    await db.goals.add({ ...file.goals[0]!, title: 'Post once a week' });
    const planned = await plan(file);
    expect(planned.replacedCount).toBe(3);
    expect(planned.replaced).toEqual([
      { table: 'proteges', protege: 'Pat L.', summary: 'profile' },
      { table: 'notes', protege: 'Pat L.', summary: 'note “Wants to try Copilot, and then maybe…”' },
      { table: 'notes', protege: '', summary: 'note “Inbox thought”' },
    ]);
    // The goal is as recent on both sides: this device's copy stays and is not listed.
    expect(planned.tables.goals).toMatchObject({ keep: 1, replace: 0 });
  });

  it('refuses to apply a plan other than the one shown, writing nothing', async () => {
    await db.proteges.add({ ...smallBackup().proteges[0]! });
    const shown = await plan(withoutProtege());
    expect(shown.warnings).toEqual([]);
    // The protégé is deleted in another tab between the preview and the confirmation.
    await db.proteges.clear();
    const before = await dumpDatabase();
    await expect(applyImport(withoutProtege(), shown)).rejects.toThrow(
      'Something on this device changed since the preview, so the import would no longer do what it showed.',
    );
    expect(await dumpDatabase()).toBe(before);
  });

  it('names at most ten warnings, then how many more', async () => {
    const backup = withoutProtege();
    backup.notes = Array.from({ length: 25 }, (_, i) => ({
      ...backup.notes[0]!,
      id: `8a0e5d6c-1b2f-4e3a-8c7d-${String(i).padStart(12, '0')}`,
    }));
    const planned = await plan(backup);
    expect(planned.warnings).toHaveLength(11);
    expect(planned.warnings.at(-1)).toBe('…and 19 more like these.');
    // The file's 25 notes and the session, stage change and goal recovered as notes.
    expect(planned.tables.notes.add).toBe(28);
  });
});

it('a session id of the file is what a note keeps when all is well', async () => {
  const planned = await plan(smallBackup());
  expect(planned.warnings).toEqual([]);
  await applyImport(smallBackup(), planned);
  expect((await db.notes.get(NOTE))?.sessionId).toBe(SESSION);
});
