/**
 * The benchmark seeds notes with raw IndexedDB, so it computes each note's `words` itself.
 * The rule must be the app's own (db/search-words.ts): a unit test holds the two together.
 */

const MAX_WORD_LENGTH = 40;

/**
 * Distinct searchable words of a text, in first-seen order: NFKD, combining marks removed,
 * lower case, split on anything that is not a letter or digit, each cut to 40 characters.
 * @param {string} text
 * @returns {string[]}
 */
export function benchSearchWords(text) {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const words = new Set();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word) words.add(word.slice(0, MAX_WORD_LENGTH));
  }
  return [...words];
}
