import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupTables } from '../../../db/backup/format';
import { markdownFileName, toMarkdown } from '../../../db/markdown-export';
import { HOSTILE_TEXTS } from './arbitraries';

const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';
const SESSION = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const day = (d: number, h = 10) => new Date(2026, 0, d, h, 0).getTime();

function tables(overrides: Partial<{ text: string; name: string; url: string; title: string }> = {}): BackupTables {
  const hostile = overrides.text ?? 'Wants to try Copilot in Outlook.';
  return {
    proteges: [
      {
        id: PAT,
        name: overrides.name ?? 'Pat Lee',
        generation: 'boomer',
        role: 'Finance director',
        gaps: hostile,
        mentorSkills: 'AI tools, LinkedIn',
        preferences: 'Likes written steps',
        agreement: { timeline: 'Three months', meetingFrequency: 'Weekly, 30 minutes', meetingAims: hostile },
        archived: false,
        createdAt: day(1),
        updatedAt: day(1),
      },
    ],
    goals: [
      {
        id: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e',
        protegeId: PAT,
        title: hostile,
        done: true,
        createdAt: day(1),
        doneAt: day(20),
      },
      {
        id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
        protegeId: PAT,
        title: 'Post once on LinkedIn',
        targetDate: day(28),
        done: false,
        createdAt: day(2),
      },
    ],
    stageEvents: [
      { id: '8d9e0f1a-2b3c-4d4e-8f5a-6b7c8d9e0f1a', protegeId: PAT, stage: 'denial', at: day(1), evidence: hostile },
      { id: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', protegeId: PAT, stage: 'resistance', at: day(8) },
    ],
    sessions: [
      {
        id: SESSION,
        protegeId: PAT,
        startedAt: day(8, 14),
        endedAt: day(8, 15),
        agenda: [hostile, 'Hashtags'],
        wrapUp: { stage: 'resistance', thanks: hostile, summary: 'Good start', nextMeetingAt: day(15, 14) },
      },
    ],
    notes: [
      {
        id: '0f1a2b3c-4d5e-4f6a-8b7c-8d9e0f1a2b3c',
        protegeId: PAT,
        sessionId: SESSION,
        kind: 'action',
        text: hostile,
        source: {
          kind: 'selection',
          url: overrides.url ?? 'https://example.com/guide',
          title: overrides.title ?? 'A guide',
        },
        done: false,
        createdAt: day(8, 14),
        updatedAt: day(8, 14),
      },
      {
        id: '1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d',
        protegeId: PAT,
        kind: 'gratitude',
        gratitude: 'received',
        text: 'Pat showed me how budgets get approved.',
        source: { kind: 'popup' },
        createdAt: day(9),
        updatedAt: day(9),
      },
      {
        id: '2b3c4d5e-6f7a-4b8c-8d9e-0f1a2b3c4d5e',
        kind: 'note',
        text: 'Inbox idea',
        source: { kind: 'shortcut' },
        createdAt: day(10),
        updatedAt: day(10),
      },
    ],
    tipFeedback: [],
  };
}

/** Markdown with escaped characters and allowed link targets taken out: what could still be markup. */
function withoutSafeParts(markdown: string): string {
  return markdown.replace(/\]\(<https?:[^<>()[\]\s]*>\)/g, '](SAFE)').replace(/\\[\s\S]/g, '');
}

/** What the export says under the action note about the page it came from. */
function pageLine(url: string, title: string): string {
  const lines = toMarkdown(tables({ url, title })).split('\n');
  const from = lines.filter((line) => line.startsWith('  From '));
  expect(from).toHaveLength(1);
  return from[0]!.slice('  From '.length);
}

/** The action note's text as the export writes it, with its line breaks. */
function actionNoteText(text: string): string {
  const markdown = toMarkdown(tables({ text }));
  const opening = '### Action items\n\n- [ ] ';
  expect(markdown).toContain(opening);
  const start = markdown.indexOf(opening) + opening.length;
  // The note's text ends where the line with its date starts.
  return markdown.slice(start, markdown.indexOf('  \n  *', start));
}

function expectInert(markdown: string) {
  const rest = withoutSafeParts(markdown);
  expect(rest, 'no HTML tag or autolink').not.toMatch(/<[a-zA-Z/!?]/);
  expect(rest, 'no HTML entity').not.toMatch(/&[#a-zA-Z]/);
  expect(rest.match(/\]\((?!SAFE\))/g), 'every link goes to http(s)').toBeNull();
  expect(rest, 'no javascript: link').not.toMatch(/\]\(\s*<?\s*javascript:/i);
  expect(rest, 'no code span from the text').not.toContain('`');
}

describe('Markdown export', () => {
  const markdown = toMarkdown(tables());

  it('reads as a record of the protégé: profile, agreement, goals, stages, sessions, notes by kind', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Pat Lee',
      '## Agreement',
      '### Goals',
      '## Change stage',
      '## Sessions',
      '### Session of 2026-01-08 14:00 to 2026-01-08 15:00',
      '## Notes',
      '### Action items',
      '### Gratitude',
      '# Notes without a protégé',
      '## Notes',
    ]);
    expect(markdown).toContain('- **Role:** Finance director');
    expect(markdown).toContain('- **How often to meet:** Weekly, 30 minutes');
    expect(markdown).toContain('- [x] Wants to try Copilot in Outlook. (done 2026-01-20)');
    expect(markdown).toContain('- [ ] Post once on LinkedIn (target 2026-01-28)');
    expect(markdown).toContain('Now: **Resistance**');
    expect(markdown).toContain('- 2026-01-01, Denial: Wants to try Copilot in Outlook.');
    expect(markdown).toContain('From [A guide](<https://example.com/guide>)');
    expect(markdown).toContain('*2026-01-08 14:00, session of 2026-01-08 14:00*');
    expect(markdown).toContain('- Thanks received: Pat showed me how budgets get approved.');
  });

  it('exports one protégé alone, without the notes of no one', () => {
    const one = toMarkdown(tables(), PAT);
    expect(one).toContain('# Pat Lee');
    expect(one).not.toContain('Inbox idea');
  });

  it.each(HOSTILE_TEXTS)('keeps hostile text inert everywhere it appears: %s', (hostile) => {
    const output = toMarkdown(tables({ text: hostile, name: hostile, title: hostile }));
    expectInert(output);
    // Still there for the reader, character for character once unescaped.
    const firstLine = hostile.split('\n')[0]!.trim();
    expect(output.replace(/\\([\s\S])/g, '$1')).toContain(firstLine);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'not a url',
    'mailto:pat@example.com><img src=x onerror=alert(1)>',
  ])('never links a page address that is not http(s): %s', (url) => {
    const output = toMarkdown(tables({ url }));
    expectInert(output);
    expect(output).not.toMatch(/\]\(<(?!https?:)/);
  });

  it.each([
    ['https://example.com/a b<c>', 'x', '[x](<https://example.com/a%20b%3Cc%3E>) (example.com)'],
    ['https://example.com/a', '', '[https://example.com/a](<https://example.com/a>)'],
    [
      'https://evil.example/login',
      'https://bank.example',
      '[https://bank.example](<https://evil.example/login>) (evil.example)',
    ],
    ['https://ex\u0430mple.com/', 'Example', '[Example](<https://xn--exmple-4nf.com/>) (xn--exmple-4nf.com)'],
    ['http://[::1]:8080/', 'Local', '[Local](<http://%5B::1%5D:8080/>) (\\[::1\\]:8080)'],
    ['mailto:pat@example.com', 'Pat', 'Pat (mailto:pat@example.com)'],
    ['mailto:a@b.c><img src=x>', 'Pat', 'Pat (mailto:a@b.c\\>\\<img src=x\\>)'],
    ['javascript:alert(1)', 'Click', 'Click (javascript:alert(1))'],
    ['javascript:alert(1)', '', 'javascript:alert(1)'],
  ])('links the page %s, titled %j, as %s', (url, label, expected) => {
    expect(pageLine(url, label)).toBe(expected);
  });

  it.each([
    ['https://example.com/a b<c>', '<https://example.com/a%20b%3Cc%3E>'],
    ['https://example.com/a(b)[c]', '<https://example.com/a%28b%29%5Bc%5D>'],
    ['https://example.com/?q=a b<c>(d)[e]', '<https://example.com/?q=a%20b%3Cc%3E%28d%29%5Be%5D>'],
    ['https://example.com/#a b<c>(d)', '<https://example.com/#a%20b%3Cc%3E%28d%29>'],
    ['https://example.com/?a=1\\2', '<https://example.com/?a=1%5C2>'],
    ['https://example.com/?a=&lt;b&c=1', '<https://example.com/?a=\\&lt;b&c=1>'],
    ['HTTP://Example.COM', '<http://example.com/>'],
    ['mailto:pat@example.com', undefined],
    ['javascript:alert(1)', undefined],
    ['//example.com/relative', undefined],
  ])('writes the page %s as the link destination %s', (url, expected) => {
    const line = pageLine(url, 'Page');
    if (expected === undefined) expect(line).not.toContain('](');
    else expect(line.startsWith(`[Page](${expected}) (`), line).toBe(true);
  });

  it.each([
    ['LF', 'first\n# second'],
    ['CRLF', 'first\r\n# second'],
    ['a lone CR', 'first\r# second'],
    ['a line separator', 'first\u2028# second'],
    ['a paragraph separator', 'first\u2029# second'],
    ['a next-line character', 'first\u0085# second'],
  ])('turns %s into one Markdown line break', (_name, text) => {
    expect(actionNoteText(text)).toBe('first  \n  \\# second');
  });

  it('escapes any text so no markup character is left bare', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // A protégé's name is one line of the export: its heading.
        const heading = toMarkdown(tables({ name: text })).split('\n')[0]!;
        expect(heading.startsWith('# ')).toBe(true);
        const bare = heading.slice('# '.length).replace(/\\[\s\S]/g, '');
        expect(bare).not.toMatch(/[\\`*_[\]<>&|~#]/);
        expect(bare).not.toMatch(/^\s*([#+\-=]|\d+[.)])/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps line breaks and indents continuation lines', () => {
    expect(actionNoteText('first\n# second\n- third')).toBe('first  \n  \\# second  \n  \\- third');
  });

  it.each([
    ['Émile Durand', 'mentor-up-emile-durand-2026-03-01.md'],
    ['<script>', 'mentor-up-script-2026-03-01.md'],
    ['你好', 'mentor-up-protege-2026-03-01.md'],
    [undefined, 'mentor-up-all-proteges-2026-03-01.md'],
  ])('names the file for %s', (name, expected) => {
    expect(markdownFileName(name, new Date('2026-03-01T12:00:00Z'))).toBe(expected);
  });
});
