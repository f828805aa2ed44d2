import { describe, expect, it } from 'vitest';
import { DAY, EXPORTED_AT, NOTE, NOW, smallBackup as backup } from './small-backup';
import type { Backup } from '../../../db/backup/format';
import { findDuplicateKeys } from '../../../db/backup/find-duplicate-keys';
import { readBackupText } from '../../../db/backup/read-backup';
import {
  MAX_AGENDA_ITEM_LENGTH,
  MAX_GOAL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from '../../../db/record-rules';

function read(file: unknown, now = NOW) {
  return readBackupText(typeof file === 'string' ? file : JSON.stringify(file), now);
}

function problemsOf(result: ReturnType<typeof read>): string[] {
  return result.ok ? [] : result.problems;
}

describe('reading a backup file', () => {
  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const result = read(`\uFEFF${JSON.stringify(backup())}`);
    expect(result).toEqual({ ok: true, backup: backup(), warnings: [] });
  });

  it.each([
    [
      'a field of a note',
      (json: string) => json.replace('"text":"Wants to try Copilot"', '"text":"Fine","text":"Wants to try Copilot"'),
      'Note 1 (“Wants to try Copilot”) has the field "text" twice',
    ],
    [
      'a field spelt with an escape',
      (json: string) => json.replace('"kind":"note"', '"kind":"note","\\u006bind":"action"'),
      'Note 1 (“Wants to try Copilot”) has the field "kind" twice',
    ],
    [
      'a table',
      (json: string) => json.replace('"goals":[', '"goals":[],"goals":['),
      'The file has the field "goals" twice',
    ],
  ])('refuses a key given twice in %s, naming where', (_where, edit, message) => {
    const problems = problemsOf(read(edit(JSON.stringify(backup()))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it.each([
    ['a record of a table', 'notes', 'Note 1 (“Wants to try Copilot”)'],
    ['a session', 'sessions', 'Session 1'],
  ] as const)('refuses a record of %s dated after the file was made (and a day of grace)', (_what, table, where) => {
    const file = backup();
    const row = file[table][0]! as { startedAt?: number; updatedAt?: number };
    if (table === 'notes') row.updatedAt = EXPORTED_AT + DAY + 1;
    else row.startedAt = EXPORTED_AT + 400 * DAY;
    const problems = problemsOf(read(file));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${where.replace(/[()“”]/g, '.')}, (updatedAt|startedAt) is \\d{4}-\\d\\d-\\d\\d, after the file was made`,
      ),
    );
  });

  it('accepts times within a day of the export, and target dates and next meetings far ahead', () => {
    const file = backup();
    file.notes[0]!.updatedAt = EXPORTED_AT + DAY;
    file.goals[0]!.targetDate = EXPORTED_AT + 300 * DAY;
    file.sessions[0]!.wrapUp = { nextMeetingAt: EXPORTED_AT + 30 * DAY };
    expect(read(file).ok).toBe(true);
  });

  it('refuses a file that says it was made after today', () => {
    const problems = problemsOf(read(backup(), EXPORTED_AT - 2 * DAY));
    expect(problems).toEqual([
      expect.stringMatching(/^This file says it was made on 2026-02-01, which has not come yet/),
    ]);
  });

  // read-backup.ts lists at most 10 problems, then says it stopped.
  const MAX_PROBLEMS_LISTED = 10;

  it(`stops after ${MAX_PROBLEMS_LISTED} problems, even in 100,000 rows of junk`, () => {
    const file = { ...backup(), notes: Array.from({ length: 100_000 }, (_, i) => ({ junk: i })) };
    const problems = problemsOf(read(file));
    expect(problems).toHaveLength(MAX_PROBLEMS_LISTED + 1);
    expect(problems[0]).toMatch(/^Note 1, /);
    expect(problems.at(-1)).toBe('Mentor Up stopped checking here; there may be more problems.');
  });

  it('keeps every message under 300 characters, cutting long keys, names and values', () => {
    const longKey = 'k'.repeat(10_000);
    const file = backup() as unknown as { notes: Record<string, unknown>[]; proteges: Record<string, unknown>[] };
    file.notes[0]![longKey] = 1;
    for (let i = 0; i < 30; i++) file.notes[0]![`extra${'x'.repeat(60)}${i}`] = i;
    file.notes[0]!.text = 'word '.repeat(5000);
    file.proteges[0]!.generation = 'x'.repeat(5000);
    const problems = problemsOf(read(file));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.length).toBeLessThan(300);
    expect(problems.join(' ')).toContain(`"${'k'.repeat(40)}…"`);
    expect(problems.join(' ')).not.toContain('k'.repeat(41));
  });

  it('a duplicate key message stays short too, the record’s words cut', () => {
    const file = backup();
    file.proteges[0]!.name = 'N'.repeat(100);
    const text = JSON.stringify(file).replace('"generation":"boomer"', '"generation":"genx","generation":"boomer"');
    const problems = problemsOf(read(text));
    expect(problems).toEqual([
      `Protégé 1 (“${'N'.repeat(40)}…”) has the field "generation" twice: Mentor Up cannot tell which one is meant.`,
    ]);
  });
});

describe('names are cleaned as a write cleans them, with a warning', () => {
  it.each([
    [
      'marks that reorder text',
      'Pat\u202Eeel\u202C Lee',
      'Pateel Lee',
      /^Protégé 1 \(“Pateel Lee”\) has a name with invisible marks that reorder text: it will be imported without them\.$/,
    ],
    [
      'no letter or digit',
      '\u2066 ★ \u2069',
      'Unnamed protégé',
      /^Protégé 1 .*has a name with no letter or digit: it will be imported as “Unnamed protégé”; rename them in Profile\.$/,
    ],
  ])('%s', (_what, name, imported, warning) => {
    const file = backup();
    file.proteges[0]!.name = name;
    const result = read(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.proteges[0]!.name).toBe(imported);
    expect(result.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('leaves an ordinary name alone', () => {
    const result = read(backup());
    expect(result.ok && result.backup.proteges[0]!.name).toBe('Pat Lee');
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('text over its limit is cut to fit, with a warning', () => {
  it.each([
    [
      'a talking point turned agenda line',
      (f: Backup) => (f.sessions[0]!.agenda[0] = `Talking point: ${'a'.repeat(MAX_AGENDA_ITEM_LENGTH)}`),
      (f: Backup) => f.sessions[0]!.agenda[0]!,
      MAX_AGENDA_ITEM_LENGTH,
      /^Session 1, agenda item 1 is 20,015 characters, over the 20,000 allowed: it will be imported cut to fit\.$/,
    ],
    [
      'a note near the limit made longer',
      (f: Backup) => (f.notes[0]!.text = `Talking point: ${'b'.repeat(MAX_NOTE_LENGTH)}`),
      (f: Backup) => f.notes[0]!.text,
      MAX_NOTE_LENGTH,
      /^Note 1 \(“Talking point: b+…”\), text is 20,015 characters/,
    ],
    [
      'a captured page title',
      (f: Backup) => (f.notes[0]!.source.title = 'T'.repeat(3000)),
      (f: Backup) => f.notes[0]!.source.title!,
      MAX_PAGE_TITLE_LENGTH,
      /^Note 1 \(“Wants to try Copilot”\), page title is 3,000 characters, over the 500 allowed/,
    ],
    [
      'a captured page address',
      (f: Backup) => (f.notes[0]!.source.url = `https://sso.example.com/?${'q'.repeat(3000)}`),
      (f: Backup) => f.notes[0]!.source.url!,
      MAX_URL_LENGTH,
      /page address is 3,025 characters, over the 2,048 allowed/,
    ],
    [
      'a goal title',
      (f: Backup) => (f.goals[0]!.title = 'g'.repeat(MAX_GOAL_LENGTH + 1)),
      (f: Backup) => f.goals[0]!.title,
      MAX_GOAL_LENGTH,
      /^Goal 1 \(“g+…”\), title is 501 characters/,
    ],
    [
      'a name',
      (f: Backup) => (f.proteges[0]!.name = 'n'.repeat(MAX_NAME_LENGTH + 5)),
      (f: Backup) => f.proteges[0]!.name,
      MAX_NAME_LENGTH,
      /^Protégé 1 \(“n+…”\), name is 105 characters/,
    ],
  ])('%s', (_what, lengthen, field, limit, warning) => {
    const file = backup();
    lengthen(file);
    const result = read(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(field(result.backup)).toBe(field(file).slice(0, limit));
    expect(result.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it.each([
    [
      'a goal date typed as 1969',
      Date.UTC(1969, 11, 31),
      /^Goal 1 \(“Post on LinkedIn”\), target date is 1969-12-31, outside the dates Mentor Up keeps: it will be imported without it\.$/,
    ],
    [
      'a goal date typed as year 0202',
      Date.UTC(202, 5, 1),
      /^Goal 1 \(“Post on LinkedIn”\), target date is 0202-06-01, outside/,
    ],
  ])('leaves out %s, with a warning', (_what, targetDate, warning) => {
    const file = backup();
    file.goals[0]!.targetDate = targetDate;
    const result = read(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.goals[0]).not.toHaveProperty('targetDate');
    expect(result.backup.goals[0]!.title).toBe('Post on LinkedIn');
    expect(result.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('leaves out a next meeting before 1970 from a wrap-up, keeping the rest', () => {
    const file = backup();
    file.sessions[0]!.wrapUp = { summary: 'Good start', nextMeetingAt: -86_400_000 };
    const result = read(file);
    expect(result.ok && result.backup.sessions[0]!.wrapUp).toEqual({ summary: 'Good start' });
    expect(result.ok && result.warnings).toEqual([
      expect.stringMatching(/^Session 1, next meeting is 1969-12-31, outside/),
    ]);
  });

  it('still refuses a change time before 1970: that is not a date the product wrote', () => {
    const file = backup();
    file.goals[0]!.createdAt = -1;
    expect(problemsOf(read(file))).toEqual([
      expect.stringMatching(/^Goal 1 \(“Post on LinkedIn”\), createdAt is before 1970\.$/),
    ]);
  });

  it('never splits a character made of two code units', () => {
    const file = backup();
    file.notes[0]!.text = `${'a'.repeat(MAX_NOTE_LENGTH - 1)}😀tail`;
    const result = read(file);
    expect(result.ok && result.backup.notes[0]!.text).toBe('a'.repeat(MAX_NOTE_LENGTH - 1));
  });

  it('refuses the whole file when a long text comes with anything that is not the product’s own making', () => {
    const file = backup() as unknown as { notes: Record<string, unknown>[] };
    file.notes[0]!.text = 'x'.repeat(MAX_NOTE_LENGTH + 1);
    file.notes[0]!.isAdmin = true;
    expect(problemsOf(read(file)).join(' ')).toContain('"isAdmin"');
  });

  it('never cuts an id', () => {
    const file = backup();
    file.notes[0]!.id = `${NOTE}${'0'.repeat(300)}`;
    expect(problemsOf(read(file))).toEqual([
      expect.stringMatching(/^Note 1 \(“Wants to try Copilot”\), id is not a valid id\.$/),
    ]);
  });
});

describe('findDuplicateKeys', () => {
  it.each([
    ['no objects', '[1, "a", true, null]', []],
    ['the same keys in sibling objects', '[{"a":1,"b":2},{"a":1,"b":2}]', []],
    ['a key inside a string value', '{"a":"\\"a\\":1","b":"{\\"a\\":2}"}', []],
    ['a string ending in an escaped backslash', '{"a":"x\\\\","a":2}', [{ path: [], key: 'a' }]],
    [
      'nested, with the path to the object',
      '{"notes":[{"id":1},{"id":2,"text":"a","text":"b"}]}',
      [{ path: ['notes', 1], key: 'text' }],
    ],
    ['the same key at two depths is fine', '{"a":{"a":{"a":1}}}', []],
    ['keys that differ only in escaping', '{"é":1,"\\u00e9":2}', [{ path: [], key: 'é' }]],
  ])('%s', (_what, text, expected) => {
    JSON.parse(text);
    expect(findDuplicateKeys(text)).toEqual(expected);
  });
});

it('findDuplicateKeys finds a key repeated far into an object with many keys', () => {
  const keys = Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`);
  const text = `{${keys.join(',')},"k3":99}`;
  expect(findDuplicateKeys(text)).toEqual([{ path: [], key: 'k3' }]);
});
