import { situationById, type SituationId } from '../content/situations';
import { noteSchema } from './backup/format';
import { db, newId } from './database';
import { InvalidInputError, requireText } from './errors';
import { stripWords, type IndexedNote } from './search-index';
import { chosen, isWebAddress, MAX_NOTE_LENGTH, storable, storableChange } from './record-rules';
import { mayBeShared, type GratitudeKind, type Id, type Note, type NoteKind, type NoteSource } from './types';

export interface NewNote {
  protegeId?: Id;
  sessionId?: Id;
  kind: NoteKind;
  gratitude?: GratitudeKind;
  text: string;
  source: NoteSource;
  situation?: SituationId;
  /** Marked shareable as it is written (notes and action items only); absent or false keeps it private. */
  shareable?: boolean;
}

const ONLY_GRATITUDE_SAYS_WHICH_WAY = 'Only gratitude notes say which way the thanks went.';

/** A new note as it may be stored: it keeps the backup's rules and its page address is a web address. */
function checkedFields(note: Note): Note {
  const checked = storable(noteSchema, note, 'The note');
  if (checked.source.url !== undefined && !isWebAddress(checked.source.url)) {
    throw new InvalidInputError('The note cannot be saved: its page address is not a web address.');
  }
  return checked;
}

/** A change to a stored note, which must add nothing its backup would refuse. */
function changedFields(stored: IndexedNote, changes: Partial<Note>): Note {
  const before = stripWords(stored);
  return storableChange(noteSchema, before, { ...before, ...changes }, 'The note');
}

/**
 * `note` if what it points at exists: its protégé, and its session, which must be that
 * protégé's. Call inside a transaction that holds notes, protégés and sessions.
 */
async function checkedLinks(note: Note): Promise<Note> {
  if (note.protegeId !== undefined && (await db.proteges.get(note.protegeId)) === undefined) {
    throw new InvalidInputError('That protégé no longer exists.');
  }
  if (note.sessionId !== undefined) {
    const session = await db.sessions.get(note.sessionId);
    if (session === undefined || session.protegeId !== note.protegeId) {
      throw new InvalidInputError('That session no longer exists.');
    }
  }
  return note;
}

/**
 * Saves a note and resolves only once the transaction has committed, so a caller may show
 * "saved" and drop its draft. Rejects with the reason otherwise; the caller keeps the text.
 * The id is chosen by the caller when a retry must not save the note twice.
 */
export async function saveNote(input: NewNote, now = Date.now(), id = newId()): Promise<Note> {
  const note: Note = {
    id,
    kind: chosen(noteSchema.shape.kind, input.kind, 'Choose a kind of note.'),
    text: requireText(input.text, 'The note', MAX_NOTE_LENGTH),
    source: { ...input.source },
    createdAt: now,
    updatedAt: now,
  };
  if (input.protegeId !== undefined) note.protegeId = input.protegeId;
  if (input.sessionId !== undefined) note.sessionId = input.sessionId;
  if (note.kind === 'action') note.done = false;
  if (note.kind === 'talking-point') note.discussed = false;
  if (input.gratitude !== undefined) {
    if (note.kind !== 'gratitude') throw new InvalidInputError(ONLY_GRATITUDE_SAYS_WHICH_WAY);
    note.gratitude = chosen(noteSchema.shape.gratitude.unwrap(), input.gratitude, ONLY_GRATITUDE_SAYS_WHICH_WAY);
    if (input.gratitude === 'favour') note.done = false;
  }
  if (input.situation !== undefined) {
    note.situation = chosen(
      noteSchema.shape.situation.unwrap(),
      input.situation,
      'Choose something that is happening.',
    );
  }
  if (input.shareable === true) {
    if (!mayBeShared(note)) throw new InvalidInputError('Only notes and action items can be marked shareable.');
    note.shareable = true;
  }
  return db.transaction('rw', [db.notes, db.proteges, db.sessions], async () => {
    const checked = await checkedLinks(checkedFields(note));
    await db.notes.add(checked);
    return checked;
  });
}

/** One protégé's notes, newest first. */
export function listNotes(protegeId: Id): Promise<Note[]> {
  return db.protegeRecords('notes', protegeId).reverse().toArray();
}

/** Changes fields that point nowhere (text, ticks): the note's links stay as they were. */
async function changeNote(id: Id, changes: Partial<Omit<Note, 'protegeId' | 'sessionId'>>): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(id);
    if (stored === undefined) throw new InvalidInputError('That note no longer exists.');
    await db.notes.put(changedFields(stored, changes));
  });
}

export async function updateNoteText(id: Id, text: string, now = Date.now()): Promise<void> {
  await changeNote(id, { text: requireText(text, 'The note', MAX_NOTE_LENGTH), updatedAt: now });
}

export function setActionDone(id: Id, done: boolean, now = Date.now()): Promise<void> {
  return changeNote(id, { done, updatedAt: now });
}

export function setTalkingPointDiscussed(id: Id, discussed: boolean, now = Date.now()): Promise<void> {
  return changeNote(id, { discussed, updatedAt: now });
}

/** Notes and action items: whether the mentor may share it in the session recap. */
export function setNoteShareable(id: Id, shareable: boolean, now = Date.now()): Promise<void> {
  return changeNote(id, { shareable, updatedAt: now });
}

export async function deleteNote(id: Id): Promise<void> {
  await db.transaction('rw', db.notes, () => db.notes.delete(id));
}

/** Puts a deleted note back exactly as it was (the undo of `deleteNote`). */
export async function restoreNote(note: Note): Promise<void> {
  await db.transaction('rw', [db.notes, db.proteges, db.sessions], async () =>
    db.notes.put(await checkedLinks(stripWords(note))),
  );
}

/** The notes taken during one session, oldest first. */
export async function listSessionNotes(sessionId: Id): Promise<Note[]> {
  const notes = await db.notes.where('sessionId').equals(sessionId).toArray();
  return notes.sort((a, b) => a.createdAt - b.createdAt);
}

/** One protégé's gratitude log, newest first. */
export async function listGratitude(protegeId: Id): Promise<Note[]> {
  return (await listNotes(protegeId)).filter((note) => note.kind === 'gratitude');
}

/**
 * Notes saved before any protégé was chosen (from the context menu). Absent keys are not
 * indexed, so this reads every note: call it on demand, not on every render.
 */
export async function listInboxNotes(): Promise<Note[]> {
  const notes = await db.notes.filter((note) => note.protegeId === undefined).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

/** Files an inbox note under a protégé. */
export async function moveNoteToProtege(id: Id, protegeId: Id, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.notes, db.proteges, db.sessions], async () => {
    const stored = await db.notes.get(id);
    if (stored === undefined) throw new InvalidInputError('That note no longer exists.');
    await db.notes.put(await checkedLinks(changedFields(stored, { protegeId, updatedAt: now })));
  });
}

/** Logs what is happening in a session ("What's happening?"), time-stamped, as one of its notes. */
export function logSituation(protegeId: Id, sessionId: Id, situation: SituationId, now = Date.now()): Promise<Note> {
  const label = situationById(situation)?.label ?? situation;
  return saveNote(
    { protegeId, sessionId, kind: 'note', text: `Observed: ${label}`, source: { kind: 'sidepanel' }, situation },
    now,
  );
}

/** The situations logged in a session, oldest first. */
export async function listSessionSituations(sessionId: Id): Promise<Note[]> {
  return (await listSessionNotes(sessionId)).filter((note) => note.situation !== undefined);
}
