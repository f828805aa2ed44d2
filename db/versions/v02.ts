import type { SchemaVersion } from './schema-version';

/**
 * The words a note was found by when version 2 shipped: case and accents folded, split on
 * anything that is not a letter or digit, each cut to 40 characters, in first-seen order.
 * Kept here as it was, so this upgrade does today what it did then. In the product the
 * note-words middleware sees the upgrade's writes and stores the current words instead.
 */
function wordsAtVersion2(text: string): string[] {
  const words = new Set<string>();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word) words.add(word.slice(0, 40));
  }
  return [...words];
}

/** Version 2: search looks notes up by word; Progress lists a session's notes. */
export const v02: SchemaVersion = {
  version: 2,
  stores: {
    notes: 'id, [protegeId+createdAt], sessionId, *words',
  },
  upgrade: (tx) =>
    tx
      .table('notes')
      .toCollection()
      .modify((note: { text: string; words?: string[] }) => {
        note.words = wordsAtVersion2(note.text);
      }),
};
