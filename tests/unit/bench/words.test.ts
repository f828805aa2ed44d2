import { describe, expect, it } from 'vitest';
import { benchSearchWords } from '../../../bench/words.mjs';
import { searchWords } from '../../../db/search-words';

// The benchmark seeds notes with raw IndexedDB, so it computes their search words itself;
// if its rule drifted from the app's, the search it times would not be the one users get.
describe('the benchmark indexes note text the way the app does', () => {
  it.each([
    'Émile’s LinkedIn post',
    'ÇA VA? ça va!',
    'Zoom/Teams, Meet & Slack — Copilot',
    'naïve café Ångström 2027 ﬁle ①',
    'ＦＵＬＬＷＩＤＴＨ text and ｶﾀｶﾅ',
    'Straße İstanbul ΣΊΣΥΦΟΣ',
    `${'a'.repeat(45)} ${'a'.repeat(41)} short`,
    'repeat Repeat REPEAT répéter',
    '  \t\n ',
    '👍 emoji-only 🎉 and_underscores',
  ])('%j', (text) => {
    expect(benchSearchWords(text)).toEqual(searchWords(text));
  });
});
