import { saveNote, type NewNote } from '../../../db/notes';
import { prepareProtege, storeNewProtege, type NewProtege } from '../../../db/proteges';
import type { Note, Protege } from '../../../db/types';

// Records for tests to start from, written through the same checks the pages' writes go
// through. The pages themselves save in steps these helpers fold into one call.

/** A protégé stored in one step (the popup's form prepares and stores in two, to survive a retry). */
export async function addProtege(input: NewProtege, now = Date.now()): Promise<Protege> {
  const protege = prepareProtege(input, now);
  await storeNewProtege(protege);
  return protege;
}

/** A note as if typed in the toolbar popup. */
export function saveQuickNote(input: Omit<NewNote, 'source'>, now = Date.now()): Promise<Note> {
  return saveNote({ ...input, source: { kind: 'popup' } }, now);
}
