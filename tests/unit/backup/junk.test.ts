import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../db/backup/apply-import';
import { planImport } from '../../../db/backup/plan-import';
import { MAX_BACKUP_BYTES, readBackupFile, readBackupText } from '../../../db/backup/read-backup';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { recordStage } from '../../../db/stage-events';
import { resetDatabase } from '../db/reset';
import { validBackup } from './arbitraries';
import { dumpDatabase } from './dump';

// Property runs touch the database hundreds of times; a busy machine needs more than the default.
vi.setConfig({ testTimeout: 30_000 });

let before = '';

beforeAll(async () => {
  // A database with data in it, so "unchanged" means something.
  await resetDatabase();
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  await saveNote({ protegeId: pat.id, kind: 'note', text: 'Wants to try Copilot', source: { kind: 'popup' } });
  await recordStage(pat.id, 'resistance', 'Said "we managed fine before"');
  before = await dumpDatabase();
});

/** Runs a file through every step the options page would, stopping where it is refused. */
async function tryImport(text: string): Promise<string[]> {
  const read = readBackupText(text);
  if (!read.ok) return read.problems;
  const planned = await planImport(read.backup);
  if (!planned.ok) return planned.problems;
  await applyImport(read.backup);
  return [];
}

async function expectRefusedAndUnchanged(text: string) {
  const problems = await tryImport(text);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem).toMatch(/^\S.*[.!]$/);
  expect(await dumpDatabase()).toBe(before);
}

/** Replaces one field of one record with a value of another type. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'a list';
  return null;
}

const withRecord = validBackup.filter((b) => b.proteges.length + b.notes.length > 0);

describe('a bad file is refused with a message and changes nothing', () => {
  it('any JSON that is not a backup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (junk) => expectRefusedAndUnchanged(JSON.stringify(junk))),
      { numRuns: 200 },
    );
  });

  it('any object with the backup’s fields given junk values', async () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('mentor-up-backup'), fc.string()),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      schemaVersion: fc.jsonValue(),
      exportedAt: fc.jsonValue(),
      proteges: fc.array(fc.jsonValue(), { maxLength: 2 }),
      notes: fc.array(fc.object(), { minLength: 1, maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(shaped, async (junk) => expectRefusedAndUnchanged(JSON.stringify(junk))),
      { numRuns: 200 },
    );
  });

  it('a valid backup cut short anywhere', async () => {
    const cut = validBackup.chain((backup) => {
      const text = JSON.stringify(backup);
      return fc.integer({ min: 0, max: text.length - 1 }).map((end) => text.slice(0, end));
    });
    await fc.assert(fc.asyncProperty(cut, expectRefusedAndUnchanged), { numRuns: 100 });
  });

  it('a valid backup with one field of one record of the wrong type', async () => {
    const broken = withRecord.chain((generated) => {
      // A copy: fast-check may reuse a generated value while shrinking.
      const backup = structuredClone(generated);
      const rows = [...backup.proteges, ...backup.notes] as unknown as Record<string, unknown>[];
      return fc.tuple(fc.constantFrom(...rows), fc.nat()).map(([row, n]) => {
        const keys = Object.keys(row);
        const key = keys[n % keys.length]!;
        row[key] = wrongType(row[key]);
        return JSON.stringify(backup);
      });
    });
    await fc.assert(fc.asyncProperty(broken, expectRefusedAndUnchanged), { numRuns: 100 });
  });

  it('a valid backup with an extra key in a record, __proto__ included', async () => {
    const extra = fc.tuple(withRecord, fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'words'));
    await fc.assert(
      fc.asyncProperty(extra, async ([generated, key]) => {
        const backup = structuredClone(generated);
        const row = (backup.proteges[0] ?? backup.notes[0]) as unknown as Record<string, unknown>;
        // defineProperty makes an own key, as JSON.parse does for "__proto__" in a file.
        Object.defineProperty(row, key, { value: { polluted: true }, enumerable: true });
        const text = JSON.stringify(backup);
        expect(text).toContain(`"${key}"`);
        const problems = await tryImport(text);
        expect(problems.join(' ')).toContain(`"${key}"`);
        expect(await dumpDatabase()).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['not JSON at all', 'hello', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a list', '[]', /holds no backup data/],
    ['another format', '{"format":"other-app","formatVersion":1}', /not a Mentor Up backup/],
    ['a newer format version', '{"format":"mentor-up-backup","formatVersion":99}', /newer Mentor Up/],
  ])('%s, with a message that says so', async (_what, text, message) => {
    const problems = await tryImport(text);
    expect(problems.join(' ')).toMatch(message);
    expect(await dumpDatabase()).toBe(before);
  });

  it('names the record and field that are wrong', () => {
    const [backup] = fc.sample(
      validBackup.filter((b) => b.notes.length > 0),
      { numRuns: 1, seed: 11 },
    );
    backup!.notes[0]!.text = 'Ask about the new expenses tool';
    (backup!.notes[0] as { kind: string }).kind = 'memo';
    const result = readBackupText(JSON.stringify(backup));
    expect(result).toEqual({
      ok: false,
      problems: ['Note 1 (“Ask about the new expenses tool”), kind has a value Mentor Up does not know.'],
    });
  });

  it('refuses a newer database schema than this version knows', () => {
    const [backup] = fc.sample(validBackup, { numRuns: 1, seed: 5 });
    const result = readBackupText(JSON.stringify({ ...backup, schemaVersion: 999 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/newer Mentor Up/);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const huge = { size: MAX_BACKUP_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) };
    const result = await readBackupFile(huge as unknown as Blob);
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/at most 64 MB/)] });
    expect(await dumpDatabase()).toBe(before);
  });
});
