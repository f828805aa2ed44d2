import { db, protegeKeyRange } from './database';
import type { IndexedNote } from './search-index';
import { foldText, searchWords } from './search-words';
import type { Id, NoteKind } from './types';

export interface NoteQuery {
  text: string;
  /** Only this protégé's notes; all notes when absent. */
  protegeId?: Id;
  kind?: NoteKind;
  limit?: number;
}

export interface NoteHit {
  note: IndexedNote;
  score: number;
}

const WHOLE_WORD = 3;
const WORD_START = 1;
const PHRASE = 2;

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => rest.every((set) => set.has(id))));
}

function score(note: IndexedNote, tokens: readonly string[], phrase: string): number {
  const words = note.words ?? [];
  let total = 0;
  for (const token of tokens) total += words.includes(token) ? WHOLE_WORD : WORD_START;
  if (tokens.length > 1 && foldText(note.text).includes(phrase)) total += PHRASE;
  return total;
}

/**
 * Notes holding every word of the query (each as a whole word or the start of one), ignoring
 * case and accents; best matches first, then newest. Uses the word index, so the cost follows
 * the number of matches, not the number of notes.
 */
export async function searchNotes({ text, protegeId, kind, limit = 100 }: NoteQuery): Promise<NoteHit[]> {
  const tokens = searchWords(text);
  if (tokens.length === 0) return [];
  const candidateSets = await Promise.all(
    tokens.map(async (token) => new Set(await db.notes.where('words').startsWith(token).primaryKeys())),
  );
  if (protegeId !== undefined) {
    const own = await db.notes.where('[protegeId+createdAt]').between(...protegeKeyRange(protegeId)).primaryKeys();
    candidateSets.push(new Set(own));
  }
  const ids = [...intersect(candidateSets)];
  const notes = (await db.notes.bulkGet(ids)).filter(
    (note): note is IndexedNote => note !== undefined && (kind === undefined || note.kind === kind),
  );
  const phrase = tokens.join(' ');
  return notes
    .map((note) => ({ note, score: score(note, tokens, phrase) }))
    .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt || a.note.id.localeCompare(b.note.id))
    .slice(0, limit);
}
