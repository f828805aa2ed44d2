import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import {
  deleteNote,
  listNotes,
  saveNote,
  setActionDone,
  setTalkingPointDiscussed,
  updateNoteText,
} from '../../../db/notes';
import { addProtege, saveQuickNote } from './seed';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

async function protegeId() {
  return (await addProtege({ name: 'Pat', generation: 'boomer' })).id;
}

describe('notes', () => {
  it('saves a quick note with its source, committed before it resolves', async () => {
    const pid = await protegeId();
    const note = await saveQuickNote({ protegeId: pid, kind: 'note', text: ' Ask about Teams ' }, 42);
    // Read in a separate transaction: the promise resolved only after the commit.
    expect(await db.notes.get(note.id)).toEqual({
      id: note.id,
      protegeId: pid,
      kind: 'note',
      text: 'Ask about Teams',
      source: { kind: 'popup' },
      createdAt: 42,
      updatedAt: 42,
      words: ['ask', 'about', 'teams'],
    });
  });

  it('keeps a selection’s page and starts action items undone, talking points undiscussed', async () => {
    const pid = await protegeId();
    const action = await saveNote({
      protegeId: pid,
      kind: 'action',
      text: 'Send the guide',
      source: { kind: 'selection', url: 'https://example.com/a', title: 'A guide' },
    });
    const point = await saveNote({
      protegeId: pid,
      kind: 'talking-point',
      text: 'Hashtags',
      source: { kind: 'popup' },
    });
    expect(action).toMatchObject({ done: false, source: { url: 'https://example.com/a', title: 'A guide' } });
    expect(point).toMatchObject({ discussed: false });
  });

  it.each([
    ['', 'The note is empty.'],
    [' \n\t ', 'The note is empty.'],
    ['x'.repeat(20_001), 'The note is 20,001 characters; the limit is 20,000.'],
  ])('refuses the text %#: %s, storing nothing', async (text, message) => {
    const pid = await protegeId();
    await expect(saveQuickNote({ protegeId: pid, kind: 'note', text })).rejects.toThrow(message);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses an unknown kind', async () => {
    const pid = await protegeId();
    // @ts-expect-error: an invalid kind is the point
    await expect(saveQuickNote({ protegeId: pid, kind: 'memo', text: 'x' })).rejects.toThrow('Choose a kind of note.');
  });

  it('refuses a gratitude note whose direction is none it knows, storing nothing', async () => {
    const pid = await protegeId();
    await expect(
      // @ts-expect-error: an invalid direction is the point
      saveNote({ protegeId: pid, kind: 'gratitude', gratitude: 'sideways', text: 'x', source: { kind: 'popup' } }),
    ).rejects.toThrow('Only gratitude notes say which way the thanks went.');
    expect(await db.notes.count()).toBe(0);
  });

  it.each([
    { kind: 'note' as const, given: true, stored: true },
    { kind: 'action' as const, given: true, stored: true },
    { kind: 'note' as const, given: false, stored: undefined },
    { kind: 'action' as const, given: undefined, stored: undefined },
  ])('saves a $kind with shareable $given as shareable $stored', async ({ kind, given, stored }) => {
    const pid = await protegeId();
    const note = await saveNote({
      protegeId: pid,
      kind,
      text: 'x',
      source: { kind: 'sidepanel' },
      ...(given === undefined ? {} : { shareable: given }),
    });
    expect((await db.notes.get(note.id))?.shareable).toBe(stored);
  });

  it.each([
    { kind: 'talking-point' as const },
    { kind: 'gratitude' as const },
    { kind: 'note' as const, situation: 'pushing-back' as const },
  ])('refuses to mark a $kind shareable ($situation), storing nothing', async (input) => {
    const pid = await protegeId();
    await expect(
      saveNote({ protegeId: pid, text: 'x', source: { kind: 'sidepanel' }, shareable: true, ...input }),
    ).rejects.toThrow('Only notes and action items can be marked shareable.');
    expect(await db.notes.count()).toBe(0);
  });

  it('lists one protégé’s notes newest first', async () => {
    const a = await protegeId();
    const b = await protegeId();
    await saveQuickNote({ protegeId: a, kind: 'note', text: 'first' }, 1);
    await saveQuickNote({ protegeId: b, kind: 'note', text: 'other' }, 2);
    await saveQuickNote({ protegeId: a, kind: 'note', text: 'third' }, 3);
    await saveQuickNote({ protegeId: a, kind: 'note', text: 'second' }, 2);
    expect((await listNotes(a)).map((n) => n.text)).toEqual(['third', 'second', 'first']);
    expect((await listNotes(b)).map((n) => n.text)).toEqual(['other']);
  });

  it('edits text, ticks actions, marks talking points and deletes', async () => {
    const pid = await protegeId();
    const note = await saveQuickNote({ protegeId: pid, kind: 'action', text: 'draft' }, 1);
    await updateNoteText(note.id, ' final ', 2);
    await setActionDone(note.id, true, 3);
    await setTalkingPointDiscussed(note.id, true, 4);
    expect(await db.notes.get(note.id)).toMatchObject({ text: 'final', done: true, discussed: true, updatedAt: 4 });
    await expect(updateNoteText(note.id, '  ')).rejects.toThrow('The note is empty.');
    expect((await db.notes.get(note.id))?.text).toBe('final');
    await deleteNote(note.id);
    expect(await db.notes.get(note.id)).toBeUndefined();
    await expect(setActionDone(note.id, false)).rejects.toThrow('That note no longer exists.');
  });
});
