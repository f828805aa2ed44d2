import { describe, expect, it } from 'vitest';
import type { Note, Session } from '../../../db/types';
import { buildSessionRecap, isShareable, type RecapFormat } from '../../../utils/session-recap';

const START = new Date(2027, 2, 10, 9, 0).getTime();
const NEXT = new Date(2027, 2, 24, 9, 0).getTime();

const session: Session = {
  id: 's1',
  protegeId: 'p',
  startedAt: START,
  endedAt: START + 3_600_000,
  agenda: ['Career plan', 'Feedback on the talk'],
  wrapUp: { nextMeetingAt: NEXT, summary: 'PRIVATE summary: seemed tired', thanks: 'PRIVATE thanks' },
};

let count = 0;
function note(kind: Note['kind'], text: string, extra: Partial<Note> = {}): Note {
  count += 1;
  return {
    id: `n${count}`,
    protegeId: 'p',
    sessionId: 's1',
    kind,
    text,
    source: { kind: 'sidepanel' },
    createdAt: START + count,
    updatedAt: START + count,
    ...extra,
  };
}

const notes: Note[] = [
  note('note', 'SHARED note: read the style guide', { shareable: true }),
  note('note', 'PRIVATE note: worried about the deadline'),
  note('note', 'PRIVATE unticked note', { shareable: false }),
  note('action', 'SHARED action: send the draft by Friday', { shareable: true }),
  note('action', 'PRIVATE action: ask their manager'),
  note('note', 'PRIVATE observation', { shareable: true, situation: 'pushing-back' }),
  note('talking-point', 'Covered point: team change', { discussed: true }),
  note('talking-point', 'PRIVATE point not raised'),
  note('gratitude', 'PRIVATE gratitude', { gratitude: 'given', shareable: true }),
  note('note', 'PRIVATE other session', { shareable: true, sessionId: 's2' }),
];

const formats: RecapFormat[] = ['text', 'markdown'];

describe('buildSessionRecap', () => {
  it.each(formats)('in %s, holds the agenda, what was covered, shareable items and the next meeting', (format) => {
    const recap = buildSessionRecap(session, notes, format);
    for (const expected of [
      'Career plan',
      'Feedback on the talk',
      'Covered point: team change',
      'SHARED note: read the style guide',
      'SHARED action: send the draft by Friday',
      'Agreed actions',
      'Next meeting',
    ]) {
      expect(recap).toContain(expected);
    }
  });

  it.each(formats)('in %s, never shows private text', (format) => {
    const recap = buildSessionRecap(session, notes, format);
    expect(recap).not.toMatch(/PRIVATE/);
  });

  it.each([
    { note: note('note', 'x', { shareable: true }), shareable: true },
    { note: note('action', 'x', { shareable: true }), shareable: true },
    { note: note('note', 'x'), shareable: false },
    { note: note('note', 'x', { shareable: false }), shareable: false },
    { note: note('talking-point', 'x', { shareable: true }), shareable: false },
    { note: note('note', 'x', { shareable: true, situation: 'pushing-back' }), shareable: false },
  ])('isShareable($note.kind, shareable $note.shareable) is $shareable', ({ note, shareable }) => {
    expect(isShareable(note)).toBe(shareable);
  });

  it.each([
    { text: 'Use *bold* and _this_', markdown: 'Use \\*bold\\* and \\_this\\_', plain: 'Use *bold* and _this_' },
    { text: '# not a heading', markdown: '\\# not a heading', plain: '# not a heading' },
    { text: '[link](http://x)', markdown: '\\[link\\]', plain: '[link](http://x)' },
  ])('escapes Markdown in "$text" only in the Markdown recap', ({ text, markdown, plain }) => {
    const shared = [note('note', text, { shareable: true })];
    expect(buildSessionRecap(session, shared, 'markdown')).toContain(`- ${markdown}`);
    expect(buildSessionRecap(session, shared, 'text')).toContain(`- ${plain}`);
  });

  it('leaves out empty sections and a missing next meeting', () => {
    const bare: Session = { id: 's1', protegeId: 'p', startedAt: START, agenda: [] };
    const recap = buildSessionRecap(bare, [], 'markdown');
    expect(recap).toMatch(/^# Session recap/);
    expect(recap).not.toMatch(/Agenda|Agreed actions|Notes|Next meeting/);
  });
});
