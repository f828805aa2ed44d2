import { describe, expect, it } from 'vitest';
import { describePath } from '../../../db/backup/describe';

describe('describePath', () => {
  it.each<[readonly PropertyKey[], string, unknown?]>([
    [['notes', 2, 'text'], 'Note 3, text'],
    [['proteges', 0], 'Protégé 1 (“Pat Lee”)', { name: 'Pat Lee' }],
    [['sessions', 1, 'agenda', 4], 'Session 2, agenda item 5'],
    [['tipFeedback', 0, 'tipId'], 'Tip feedback 1, tipId'],
    [['exportedAt'], 'exportedAt'],
    [[], 'The file'],
    // Names every object has are no table of Mentor Up's.
    [['toString', 0], 'toString.0'],
    [['notes', 'first'], 'notes.first'],
  ])('%j → %s', (path, words, row) => {
    expect(describePath(path, row)).toBe(words);
  });
});
