import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { InvalidInputError } from '../../../db/errors';
import { addGoal, listGoals, setGoalDone } from '../../../db/goals';
import { moveNoteToProtege, saveNote, setActionDone, updateNoteText } from '../../../db/notes';
import { deleteProtege, getProtege, updateProtege } from '../../../db/proteges';
import { addProtege } from './seed';
import { goalSchema } from '../../../db/backup/format';
import { cutToLength, hasVisibleLetterOrDigit, storableChange, stripBidiControls } from '../../../db/record-rules';
import { startSession } from '../../../db/sessions';
import { recordStage } from '../../../db/stage-events';
import { parseDateInput } from '../../../utils/dates';
import { exportAndPlanIntoEmptyDatabase } from './restorable';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

describe('cutToLength', () => {
  it.each([
    ['short', 10, '', 'short'],
    ['abcdefghij', 10, '', 'abcdefghij'],
    ['abcdefghijk', 10, '', 'abcdefghij'],
    ['abcdefghijk', 10, '…', 'abcdefghi…'],
    // The cut would fall inside the emoji: it is left out whole.
    ['abcdefghi😀', 10, '', 'abcdefghi'],
    ['abcdefgh😀z', 10, '…', 'abcdefgh…'],
  ])('%j cut to %i with %j is %j', (value, max, ending, expected) => {
    expect(cutToLength(value, max, ending)).toBe(expected);
    expect(cutToLength(value, max, ending).length).toBeLessThanOrEqual(max);
  });
});

describe('names', () => {
  it.each([
    ['Pat\u202Eeil', 'Pateil'],
    ['\u2066Sam\u2069 Ortiz', 'Sam Ortiz'],
    ['\u200FRana\u200E \u061CAli', 'Rana Ali'],
    ['Zoë', 'Zoë'],
  ])('%j has its text-reordering marks taken out', (typed, stored) => {
    expect(stripBidiControls(typed)).toBe(stored);
  });

  it.each([
    ['Pat', true],
    ['李雷', true],
    ['R2', true],
    ['7', true],
    ['\u200B\u200B', false],
    ['🙂', false],
    ['...', false],
    ['\u0301\u0301', false],
  ])('%j shows a letter or digit: %s', (name, visible) => {
    expect(hasVisibleLetterOrDigit(name)).toBe(visible);
  });

  it('are stored without reordering marks, when added and when changed', async () => {
    const pat = await addProtege({ name: '\u202EPat Lee', generation: 'boomer' });
    expect(pat.name).toBe('Pat Lee');
    await updateProtege(pat.id, { name: 'Pat\u2067 Lee-Smith' });
    expect((await getProtege(pat.id))?.name).toBe('Pat Lee-Smith');
  });

  it.each(['\u202E\u202C', '\u200B', '🙂🙂', '—'])('with nothing visible (%j) are refused', async (name) => {
    await expect(addProtege({ name, generation: 'boomer' })).rejects.toBeInstanceOf(InvalidInputError);
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await expect(updateProtege(pat.id, { name })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await getProtege(pat.id))?.name).toBe('Pat');
  });
});

describe('writes that a backup would refuse', () => {
  it.each(['0202-05-01', '1969-12-31', '0001-01-01'])(
    'a goal dated %s is refused with a message, or stored so that its backup imports',
    async (typed) => {
      const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
      let targetDate: number | undefined;
      try {
        targetDate = parseDateInput(typed);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
      }
      if (targetDate !== undefined) {
        // Whatever the parse gave, it must be the day typed.
        expect(new Date(targetDate).getFullYear()).toBe(Number(typed.slice(0, 4)));
        await addGoal(pat.id, 'Post weekly', targetDate);
      }
      await exportAndPlanIntoEmptyDatabase();
    },
  );

  it('a goal with a time before 1970 is refused by the write itself', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await expect(addGoal(pat.id, 'Post weekly', -86_400_000)).rejects.toThrow(
      new InvalidInputError('The goal cannot be saved: its date is before 1970.'),
    );
    expect(await listGoals(pat.id)).toEqual([]);
  });

  it('a note, goal, stage change or session for a deleted protégé is refused', async () => {
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await deleteProtege(sam.id);
    const gone = new InvalidInputError('That protégé no longer exists.');
    await expect(saveNote({ protegeId: sam.id, kind: 'note', text: 'Hi', source: { kind: 'popup' } })).rejects.toThrow(
      gone,
    );
    await expect(addGoal(sam.id, 'Post weekly')).rejects.toThrow(gone);
    await expect(recordStage(sam.id, 'acceptance')).rejects.toThrow(gone);
    await expect(startSession(sam.id)).rejects.toThrow(gone);
    expect(await db.notes.count()).toBe(0);
  });

  it('a note may not point at another protégé’s session, nor be moved under one who is gone', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    const patSession = await startSession(pat.id);
    await expect(
      saveNote({ protegeId: sam.id, sessionId: patSession.id, kind: 'note', text: 'Hi', source: { kind: 'popup' } }),
    ).rejects.toThrow(new InvalidInputError('That session no longer exists.'));
    const inbox = await saveNote({ kind: 'note', text: 'Quote', source: { kind: 'selection' } });
    await deleteProtege(sam.id);
    await expect(moveNoteToProtege(inbox.id, sam.id)).rejects.toBeInstanceOf(InvalidInputError);
    expect((await db.notes.get(inbox.id))?.protegeId).toBeUndefined();
  });

  it('a page address or title past the limits, given to saveNote, is refused with a message', async () => {
    await expect(
      saveNote({ kind: 'note', text: 'Quote', source: { kind: 'selection', title: 't'.repeat(501) } }),
    ).rejects.toThrow(new InvalidInputError('The note cannot be saved: its page title is longer than 500 characters.'));
    await expect(
      saveNote({
        kind: 'note',
        text: 'Quote',
        source: { kind: 'selection', url: `https://a.example/${'a'.repeat(2048)}` },
      }),
    ).rejects.toThrow(
      new InvalidInputError('The note cannot be saved: its page address is longer than 2,048 characters.'),
    );
    await expect(
      saveNote({ kind: 'note', text: 'Quote', source: { kind: 'selection', url: 'javascript:alert(1)' } }),
    ).rejects.toThrow(new InvalidInputError('The note cannot be saved: its page address is not a web address.'));
    expect(await db.notes.count()).toBe(0);
  });
});

describe('changes to records stored before these rules', () => {
  const NOTE_ID = '7c6b5a49-3827-4160-9f8e-7d6c5b4a3928';

  it('a note with an over-long page title from an older release can still be ticked and edited', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const title = 't'.repeat(900);
    await db.notes.add({
      id: NOTE_ID,
      protegeId: pat.id,
      kind: 'action',
      done: false,
      text: 'Read this',
      source: { kind: 'selection', url: 'https://example.com/', title },
      createdAt: 1,
      updatedAt: 1,
    });
    await setActionDone(NOTE_ID, true);
    await updateNoteText(NOTE_ID, 'Read this first');
    expect(await db.notes.get(NOTE_ID)).toMatchObject({ done: true, text: 'Read this first', source: { title } });
  });

  it('a goal dated before 1970 by an older release can still be ticked', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const id = '8d7c6b5a-4938-4271-8a9f-8e7d6c5b4a39';
    await db.goals.add({ id, protegeId: pat.id, title: 'Post weekly', targetDate: -5, done: false, createdAt: 1 });
    await setGoalDone(id, true, 10);
    expect((await listGoals(pat.id))[0]).toMatchObject({ done: true, doneAt: 10, targetDate: -5 });
  });

  it.each([
    ['adds no problem', { targetDate: -5 }, { targetDate: -5, done: true }, undefined],
    ['mends one', { targetDate: -5 }, { targetDate: 5 }, undefined],
    [
      'adds one of its own',
      { targetDate: -5 },
      { targetDate: -5, doneAt: -1 },
      'The goal cannot be saved: its done at is before 1970.',
    ],
    ['breaks a record that kept the rules', {}, { title: ' ' }, 'The goal cannot be saved: its title is empty.'],
  ])('a change that %s is judged by what it adds', (_what, before, after, refusal) => {
    const goal = {
      id: '8d7c6b5a-4938-4271-8a9f-8e7d6c5b4a39',
      protegeId: '9e8d7c6b-5a49-4382-9b0a-9f8e7d6c5b4a',
      title: 'Post',
      done: false,
      createdAt: 1,
    };
    const change = () => storableChange(goalSchema, { ...goal, ...before }, { ...goal, ...after }, 'The goal');
    if (refusal) expect(change).toThrow(new InvalidInputError(refusal));
    else expect(change()).toMatchObject(after);
  });
});
