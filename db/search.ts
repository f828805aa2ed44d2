import { db } from './database';
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

/**
 * A query word matching at most this many notes is looked up through the word index; one
 * matching more (a one- or two-letter start, a very common word) is cheaper to check against
 * the newest notes one by one, where matches are dense by definition.
 */
const SELECTIVE_MATCHES = 300;

function intersect(sets: readonly Set<string>[]): string[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  return [...smallest].filter((id) => rest.every((set) => set.has(id)));
}

function matchesEveryToken(note: IndexedNote, tokens: readonly string[]): boolean {
  const words = note.words ?? [];
  return tokens.every((token) => words.some((word) => word.startsWith(token)));
}

function score(note: IndexedNote, tokens: readonly string[], phrase: string): number {
  const words = note.words ?? [];
  let total = 0;
  for (const token of tokens) total += words.includes(token) ? WHOLE_WORD : WORD_START;
  if (tokens.length > 1 && foldText(note.text).includes(phrase)) total += PHRASE;
  return total;
}

/** Ids of notes with a word starting with `token`, or undefined when there are too many to be useful. */
async function selectiveIds(token: string): Promise<Set<string> | undefined> {
  // Index entries, not notes: one note may hold several words with this start. Reading one
  // entry past the cap tells whether the list is complete.
  const entries = await db.notes
    .where('words')
    .startsWith(token)
    .limit(SELECTIVE_MATCHES + 1)
    .primaryKeys();
  return entries.length <= SELECTIVE_MATCHES ? new Set(entries) : undefined;
}

/** The newest notes in scope that match, read newest first until `limit` are found. */
function newestMatching(
  tokens: readonly string[],
  protegeId: Id | undefined,
  kind: NoteKind | undefined,
  limit: number,
): Promise<IndexedNote[]> {
  const newestFirst =
    protegeId === undefined
      ? db.notes.toCollection().reverse() // ids are time-ordered, so id order is creation order
      : db.protegeRecords('notes', protegeId).reverse();
  return newestFirst
    .filter((note) => (kind === undefined || note.kind === kind) && matchesEveryToken(note, tokens))
    .limit(limit)
    .toArray();
}

/**
 * Notes holding every word of the query (each as a whole word or the start of one), ignoring
 * case and accents; best matches first, then newest. A query with a selective word reads only
 * the notes the word index names; a query of common word starts reads the newest notes until
 * it has enough. Either way a keystroke touches hundreds of notes, not all of them.
 */
export async function searchNotes({ text, protegeId, kind, limit = 50 }: NoteQuery): Promise<NoteHit[]> {
  const tokens = searchWords(text);
  if (tokens.length === 0) return [];
  const perToken = await Promise.all(tokens.map(selectiveIds));
  const selective = perToken.filter((ids): ids is Set<string> => ids !== undefined);

  const notes =
    selective.length > 0
      ? (await db.notes.bulkGet(intersect(selective))).filter(
          (note): note is IndexedNote =>
            note !== undefined &&
            (protegeId === undefined || note.protegeId === protegeId) &&
            (kind === undefined || note.kind === kind) &&
            matchesEveryToken(note, tokens),
        )
      : await newestMatching(tokens, protegeId, kind, limit);

  const phrase = tokens.join(' ');
  return notes
    .map((note) => ({ note, score: score(note, tokens, phrase) }))
    .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt || b.note.id.localeCompare(a.note.id))
    .slice(0, limit);
}
