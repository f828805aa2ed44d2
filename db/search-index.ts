import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { searchWords } from './search-words';
import type { Note } from './types';

/** A note as stored: with the words its text is found by. */
export type IndexedNote = Note & { words?: string[] };

function withWords(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('text' in value)) return value;
  const { text } = value as { text: unknown };
  return typeof text === 'string' ? { ...value, words: searchWords(text) } : value;
}

function indexRequest(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map(withWords) };
}

/**
 * Keeps every note's `words` in step with its text on every write path (save, edit, import,
 * upgrade), so no caller can forget it.
 */
export const noteWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'note-words',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'notes') return table;
      return { ...table, mutate: (request) => table.mutate(indexRequest(request)) };
    },
  }),
};

/** A note without its index, as the rest of the product sees it. */
export function stripWords(note: Note | IndexedNote): Note {
  if (!('words' in note)) return note;
  const { words: _words, ...rest } = note;
  return rest;
}
