import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { getProtege, updateProtege } from '../../../db/proteges';
import { addProtege, saveQuickNote } from '../db/seed';
import {
  commitEdit,
  EditConflictError,
  keepPendingEdit,
  readPendingEdit,
  recoverPendingEdits,
  type EditTarget,
} from '../../../db/pending-edits';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

async function patWithRole(role: string) {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer', role });
  return { pat, target: { type: 'profile', id: pat.id, field: 'role' } as const satisfies EditTarget };
}

describe('commitEdit over the text an edit started from', () => {
  it.each([
    ['the stored text is still the base', 'Director', 'Senior director ', 'Senior director'],
    ['there is no base (an edit kept by an older release)', undefined, 'Senior director', 'Senior director'],
    ['the other page stored the same text', 'Manager', 'Director', 'Director'],
  ])('writes when %s', async (_, base, typed, stored) => {
    const { pat, target } = await patWithRole('Director');
    await expect(commitEdit(target, typed, base)).resolves.toBe(stored);
    expect((await getProtege(pat.id))?.role).toBe(stored);
  });

  it('refuses to write over a text changed since the edit began, and says what is stored', async () => {
    const { pat, target } = await patWithRole('Director');
    await updateProtege(pat.id, { role: 'Head of sales' });
    const attempt = commitEdit(target, 'Senior director', 'Director');
    await expect(attempt).rejects.toBeInstanceOf(EditConflictError);
    await expect(attempt).rejects.toMatchObject({ current: 'Head of sales' });
    expect((await getProtege(pat.id))?.role).toBe('Head of sales');
  });

  it('compares note text and empty profile fields the same way', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    const note = await saveQuickNote({ protegeId: pat.id, kind: 'note', text: 'Wants Copilot' });
    const noteTarget = { type: 'note-text', id: note.id } as const;
    await expect(commitEdit(noteTarget, 'Wants Copilot soon', 'Wants Copilot')).resolves.toBe('Wants Copilot soon');
    await expect(commitEdit(noteTarget, 'Something else', 'Wants Copilot')).rejects.toBeInstanceOf(EditConflictError);
    expect((await db.notes.get(note.id))?.text).toBe('Wants Copilot soon');
    const gaps = { type: 'profile', id: pat.id, field: 'gaps' } as const;
    await expect(commitEdit(gaps, 'Spreadsheets', '')).resolves.toBe('Spreadsheets');
  });

  it('keeps both agreement fields when two are saved at once', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await Promise.all([
      commitEdit({ type: 'agreement', id: pat.id, field: 'timeline' }, 'Six months', ''),
      commitEdit({ type: 'agreement', id: pat.id, field: 'meetingAims' }, 'One new tool each time', ''),
      commitEdit({ type: 'agreement', id: pat.id, field: 'meetingFrequency' }, 'Fortnightly', ''),
    ]);
    expect((await getProtege(pat.id))?.agreement).toEqual({
      timeline: 'Six months',
      meetingAims: 'One new tool each time',
      meetingFrequency: 'Fortnightly',
    });
  });

  it('says so when the record is gone', async () => {
    await expect(commitEdit({ type: 'note-text', id: 'gone' }, 'Text')).rejects.toThrow('That note no longer exists.');
  });
});

describe('recovering edits a closed page left behind', () => {
  it('writes an edit made over the stored text, and keeps one that would replace a newer text', async () => {
    const { pat, target } = await patWithRole('Director');
    const aims = { type: 'agreement', id: pat.id, field: 'meetingAims' } as const;
    await keepPendingEdit(aims, 'Try one AI tool', '');
    await keepPendingEdit(target, 'Senior director', 'Manager');

    const failures = await recoverPendingEdits();

    expect((await getProtege(pat.id))?.agreement?.meetingAims).toBe('Try one AI tool');
    expect(await readPendingEdit(aims)).toBeUndefined();
    // The role was changed to 'Director' after the kept edit began: it is not replayed over it.
    expect((await getProtege(pat.id))?.role).toBe('Director');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error).toBeInstanceOf(EditConflictError);
    expect((await readPendingEdit(target))?.value).toBe('Senior director');
  });
});
