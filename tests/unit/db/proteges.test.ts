import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { InvalidInputError } from '../../../db/errors';
import { saveNote } from '../../../db/notes';
import { deleteProtege, getProtege, listProteges, setProtegeArchived, updateProtege } from '../../../db/proteges';
import { addProtege } from './seed';
import { startSession } from '../../../db/sessions';
import { recordStage } from '../../../db/stage-events';
import { addGoal } from '../../../db/goals';
import { setTipFeedback } from '../../../db/tip-feedback';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

describe('proteges', () => {
  it('adds a protégé with a trimmed name, a string id and timestamps', async () => {
    const added = await addProtege({ name: '  Pat Lee ', generation: 'boomer', role: ' CFO ' }, 1000);
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getProtege(added.id)).toEqual({
      id: added.id,
      name: 'Pat Lee',
      generation: 'boomer',
      role: 'CFO',
      archived: false,
      createdAt: 1000,
      updatedAt: 1000,
    });
  });

  it.each([
    [{ name: '   ', generation: 'genx' }, 'The name is empty.'],
    [{ name: 'x'.repeat(101), generation: 'genx' }, 'The name is 101 characters; the limit is 100.'],
    [{ name: 'Sam', generation: 'zoomer' }, 'Choose a generation.'],
  ] as const)('refuses %j with a clear message and stores nothing', async (input, message) => {
    // @ts-expect-error: the invalid generation is the point of one case
    await expect(addProtege(input)).rejects.toThrow(new InvalidInputError(message));
    expect(await db.proteges.count()).toBe(0);
  });

  it('lists active protégés by name, ignoring case and accents, archived ones on request', async () => {
    const zoe = await addProtege({ name: 'zoë', generation: 'genx' });
    await addProtege({ name: 'Émile', generation: 'silent' });
    await addProtege({ name: 'adam', generation: 'boomer' });
    await setProtegeArchived(zoe.id, true);
    expect((await listProteges()).map((p) => p.name)).toEqual(['adam', 'Émile']);
    expect((await listProteges({ includeArchived: true })).map((p) => p.name)).toEqual(['adam', 'Émile', 'zoë']);
    await setProtegeArchived(zoe.id, false);
    expect(await listProteges()).toHaveLength(3);
  });

  it('updates profile fields and the agreement, dropping blanks', async () => {
    const p = await addProtege({ name: 'Pat', generation: 'boomer' }, 1);
    await updateProtege(
      p.id,
      {
        gaps: ' LinkedIn posting ',
        preferences: '',
        agreement: { timeline: 'Three months', meetingFrequency: ' ', meetingAims: 'One new tool each time' },
      },
      5,
    );
    const stored = await getProtege(p.id);
    expect(stored).toMatchObject({
      gaps: 'LinkedIn posting',
      agreement: { timeline: 'Three months', meetingAims: 'One new tool each time' },
      updatedAt: 5,
    });
    expect(stored).not.toHaveProperty('agreement.meetingFrequency');
    expect(stored?.preferences).toBeUndefined();
  });

  it('says so when updating or archiving a protégé that does not exist', async () => {
    await expect(updateProtege('nope', { name: 'X' })).rejects.toThrow('That protégé no longer exists.');
    await expect(setProtegeArchived('nope', true)).rejects.toThrow('That protégé no longer exists.');
  });

  it('deletes a protégé with everything about them and nothing about anyone else', async () => {
    const gone = await addProtege({ name: 'Gone', generation: 'genx' });
    const kept = await addProtege({ name: 'Kept', generation: 'genx' });
    for (const p of [gone, kept]) {
      await saveNote({ protegeId: p.id, kind: 'note', text: 'hello', source: { kind: 'popup' } });
      await recordStage(p.id, 'denial');
      await startSession(p.id);
      await addGoal(p.id, 'Post weekly');
      await setTipFeedback(p.id, 'some-tip', 'worked');
    }
    await deleteProtege(gone.id);
    expect(await getProtege(gone.id)).toBeUndefined();
    for (const table of [db.notes, db.stageEvents, db.sessions, db.goals, db.tipFeedback]) {
      const rows: { protegeId?: string }[] = await table.toArray();
      expect(rows.map((r) => r.protegeId)).toEqual([kept.id]);
    }
  });
});
