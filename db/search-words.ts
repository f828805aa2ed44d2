/**
 * How note text becomes searchable words: case and accents folded ("Émile" finds "emile"),
 * split on anything that is not a letter or digit. Pure, so the index and the query agree.
 */

const MAX_WORD_LENGTH = 40;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Distinct words of a text, in first-seen order. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word) words.add(word.slice(0, MAX_WORD_LENGTH));
  }
  return [...words];
}
