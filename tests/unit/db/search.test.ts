import { beforeEach, describe, expect, it } from 'vitest';
import { saveNote, updateNoteText } from '../../../db/notes';
import { addProtege, saveQuickNote } from './seed';
import { searchNotes } from '../../../db/search';
import { foldText, searchWords } from '../../../db/search-words';
import type { NoteKind } from '../../../db/types';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

describe('searchWords', () => {
  it.each([
    ['Émile’s LinkedIn post', ['emile', 's', 'linkedin', 'post']],
    ['ÇA VA? ça va!', ['ca', 'va']],
    ['Zoom/Teams, Meet & Slack', ['zoom', 'teams', 'meet', 'slack']],
    ['  ', []],
    ['naïve café — Ångström 2027', ['naive', 'cafe', 'angstrom', '2027']],
  ])('%s → %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('folds case and accents the same way for text and query', () => {
    expect(foldText('CAFÉ Crème')).toBe('cafe creme');
  });
});

describe('searchNotes', () => {
  async function seed(notes: [string, NoteKind?, number?][], protegeId?: string) {
    const pid = protegeId ?? (await addProtege({ name: 'Pat', generation: 'boomer' })).id;
    for (const [text, kind = 'note', at = 1] of notes) {
      await saveNote({ protegeId: pid, kind, text, source: { kind: 'popup' } }, at);
    }
    return pid;
  }

  const texts = async (query: Parameters<typeof searchNotes>[0]) =>
    (await searchNotes(query)).map((hit) => hit.note.text);

  it.each([
    ['case', 'LINKEDIN', ['Set up LinkedIn']],
    ['accents in the query', 'rÉsumÉ', ['Update the résumé']],
    ['accents in the note', 'resume', ['Update the résumé']],
    ['word starts', 'link', ['Set up LinkedIn']],
    ['every word must match', 'update linkedin', []],
    ['words in any order', 'résumé update', ['Update the résumé']],
    ['no match', 'tiktok', []],
    ['punctuation only', '?!', []],
  ])('matches by %s', async (_, query, expected) => {
    await seed([['Set up LinkedIn'], ['Update the résumé'], ['Coffee chat']]);
    expect(await texts({ text: query })).toEqual(expected);
  });

  it('ranks whole words above word starts, then the phrase, then newer notes', async () => {
    await seed([
      ['hashtags for beginners', 'note', 1],
      ['one hash sign', 'note', 2],
      ['a hash tag list', 'note', 3],
      ['another hash mention', 'note', 4],
    ]);
    expect(await texts({ text: 'hash' })).toEqual([
      'another hash mention',
      'a hash tag list',
      'one hash sign',
      'hashtags for beginners',
    ]);
    expect((await texts({ text: 'hash tag' }))[0]).toBe('a hash tag list');
  });

  it('keeps to one protégé and one kind when asked', async () => {
    const pat = await seed([
      ['Teams call recap', 'note'],
      ['Teams follow-up', 'action'],
    ]);
    await seed([['Teams for Sam', 'note']]);
    expect(await texts({ text: 'teams', protegeId: pat })).toHaveLength(2);
    expect(await texts({ text: 'teams', protegeId: pat, kind: 'action' })).toEqual(['Teams follow-up']);
    expect(await texts({ text: 'teams' })).toHaveLength(3);
  });

  it('finds edited text by its new words only', async () => {
    const pat = (await addProtege({ name: 'Pat', generation: 'genx' })).id;
    const note = await saveQuickNote({ protegeId: pat, kind: 'note', text: 'Try Copilot' });
    await updateNoteText(note.id, 'Try Gemini');
    expect(await texts({ text: 'copilot' })).toEqual([]);
    expect(await texts({ text: 'gemini' })).toEqual(['Try Gemini']);
  });

  it('limits the number of hits', async () => {
    await seed(Array.from({ length: 12 }, (_, i) => [`note ${i}`, 'note', i] as [string, NoteKind, number]));
    expect(await searchNotes({ text: 'note', limit: 5 })).toHaveLength(5);
  });
});

describe('searchNotes at scale', () => {
  // search.ts reads a word start through the index while it matches at most 300 notes.
  const SELECTIVE_MATCHES = 300;

  it('answers common word starts from the newest notes and rare words through the index', async () => {
    const pat = (await addProtege({ name: 'Pat', generation: 'boomer' })).id;
    const sam = (await addProtege({ name: 'Sam', generation: 'genx' })).id;
    await saveNote({ protegeId: pat, kind: 'action', text: 'linkedin zebra', source: { kind: 'popup' } }, 0);
    const common = SELECTIVE_MATCHES + 50;
    for (let i = 1; i <= common; i++) {
      await saveNote(
        { protegeId: i % 2 ? pat : sam, kind: 'note', text: `linkedin post ${i}`, source: { kind: 'popup' } },
        i,
      );
    }

    // "lin" matches more notes than the index is worth reading: the newest 10 come back.
    const newest = await searchNotes({ text: 'lin', limit: 10 });
    expect(newest.map((h) => h.note.createdAt)).toEqual(Array.from({ length: 10 }, (_, i) => common - i));
    const mine = await searchNotes({ text: 'linkedin', protegeId: pat, limit: 3 });
    const newestOdd = common % 2 ? common : common - 1; // Pat has the odd-numbered notes
    expect(mine.map((h) => [h.note.protegeId, h.note.createdAt])).toEqual([
      [pat, newestOdd],
      [pat, newestOdd - 2],
      [pat, newestOdd - 4],
    ]);
    // A rare word narrows through the index, together with a common one.
    expect((await searchNotes({ text: 'link zeb' })).map((h) => h.note.text)).toEqual(['linkedin zebra']);
    expect((await searchNotes({ text: 'zebra', kind: 'note' })).map((h) => h.note.text)).toEqual([]);
    expect((await searchNotes({ text: 'zebra', protegeId: sam })).map((h) => h.note.text)).toEqual([]);
  });
});
