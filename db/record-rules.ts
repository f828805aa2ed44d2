import { z } from '../utils/zod';
import { InvalidInputError } from './errors';
import type { Agreement, Protege } from './types';

/**
 * The rules a stored record keeps, written once: the database's write functions and the backup
 * file's reader both take their limits and field checks from here, so whatever Mentor Up
 * stores, its own import accepts.
 */

export const MAX_NAME_LENGTH = 100;
const MAX_PROFILE_FIELD_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 20_000;
export const MAX_GOAL_LENGTH = 500;
export const MAX_WRAP_UP_LENGTH = 5000;
export const MAX_EVIDENCE_LENGTH = 2000;
export const MAX_URL_LENGTH = 2048;
export const MAX_PAGE_TITLE_LENGTH = 500;
export const MAX_AGENDA_ITEMS = 200;
/**
 * Agenda items are copied from talking points, so they may be as long as a note.
 * @alias (a limit of its own that equals the note limit)
 */
export const MAX_AGENDA_ITEM_LENGTH = MAX_NOTE_LENGTH;
/**
 * A protégé's free-text fields and their length limits, the one list of them: the profile
 * form, the pending edits, the database's writes and the backup's schema all derive from it.
 */
export const PROFILE_TEXT_LIMITS = {
  role: MAX_NAME_LENGTH,
  gaps: MAX_PROFILE_FIELD_LENGTH,
  mentorSkills: MAX_PROFILE_FIELD_LENGTH,
  preferences: MAX_PROFILE_FIELD_LENGTH,
} as const satisfies Partial<Record<keyof Protege, number>>;
export type ProfileTextField = keyof typeof PROFILE_TEXT_LIMITS;
export const PROFILE_TEXT_FIELDS = Object.keys(PROFILE_TEXT_LIMITS) as ProfileTextField[];

/** The agreement's fields and their limits, the same way. */
export const AGREEMENT_LIMITS = {
  timeline: MAX_PROFILE_FIELD_LENGTH,
  meetingFrequency: MAX_PROFILE_FIELD_LENGTH,
  meetingAims: MAX_PROFILE_FIELD_LENGTH,
} as const satisfies Record<keyof Agreement, number>;
export type AgreementField = keyof typeof AGREEMENT_LIMITS;
export const AGREEMENT_FIELDS = Object.keys(AGREEMENT_LIMITS) as AgreementField[];

/** The latest date JavaScript can represent. */
const MAX_TIME = 8.64e15;

/**
 * The years a typed date (a goal's target, the next meeting) may fall in. Earlier years are
 * almost always a slip of the keyboard ("0202" for 2020), and a stored time before 1970 is
 * one a backup refuses.
 */
export const FIRST_DATE_YEAR = 2000;
export const LAST_DATE_YEAR = 9999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const idField = z.string().regex(UUID, 'is not a valid id');

export const timestampField = z
  .number()
  .int('is not a whole number of milliseconds')
  .min(0, 'is before 1970')
  .max(MAX_TIME, 'is too far in the future');

export function textField(maxLength: number) {
  return z
    .string()
    .max(maxLength, `is longer than ${maxLength.toLocaleString('en')} characters`)
    .refine((value) => value.trim() !== '', 'is empty');
}

/** Only web addresses become a note's source: anything else could become a harmful link. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A backup may carry an older note's address of another kind: it is stored, never made a link. */
export const pageUrlField = z
  .string()
  .max(MAX_URL_LENGTH, `is longer than ${MAX_URL_LENGTH.toLocaleString('en')} characters`);

export const pageTitleField = z
  .string()
  .max(MAX_PAGE_TITLE_LENGTH, `is longer than ${MAX_PAGE_TITLE_LENGTH} characters`);

// Marks that reorder the text around them without showing: "Pat\u202Eeil" would read as a
// different name than the one stored.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function stripBidiControls(value: string): string {
  return value.replace(new RegExp(BIDI_CONTROL.source, 'g'), '');
}

/** A letter or digit of any script: a name made only of spaces, marks or symbols shows as nothing. */
export function hasVisibleLetterOrDigit(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

/**
 * The first `maxLength` characters of `value`, never splitting a character that takes two
 * UTF-16 units; `ending` (such as "…") is counted within the length.
 */
export function cutToLength(value: string, maxLength: number, ending = ''): string {
  if (value.length <= maxLength) return value;
  let end = maxLength - ending.length;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, Math.max(0, end)) + ending;
}

// Fields by their path in the record; any other reads as its own name ("its done at").
const FIELD_NAMES: Record<string, string> = {
  protegeId: 'its protégé',
  sessionId: 'its session',
  'source.url': 'its page address',
  'source.title': 'its page title',
  targetDate: 'its date',
  'wrapUp.nextMeetingAt': 'the next meeting',
  agenda: 'its agenda',
};

function describeField(path: readonly PropertyKey[]): string {
  const named = path.filter((key): key is string => typeof key === 'string');
  const last = named.at(-1);
  if (last === undefined) return 'it';
  return FIELD_NAMES[named.join('.')] ?? `its ${last.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`;
}

function withoutUndefined(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, withoutUndefined(field)]),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${describeField(issue.path)} ${issue.message.replace(/\.$/, '')}`;
}

function problemsOf(schema: z.ZodType, record: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(record);
  return result.success ? [] : result.error.issues;
}

/**
 * `record` if it keeps the rules a backup checks; otherwise throws, naming what is wrong, so
 * nothing is stored that its own backup would refuse. Keys whose value is undefined are left
 * out, as they would be from the backup file.
 */
export function storable<T extends object>(schema: z.ZodType, record: T, what: string): T {
  const defined = withoutUndefined(record) as T;
  const [problem] = problemsOf(schema, defined);
  if (problem) throw new InvalidInputError(`${what} cannot be saved: ${describeIssue(problem)}.`);
  return defined;
}

/**
 * `storable` for a change to a stored record. A record stored before a rule existed may
 * break it already (a long page title from an older release): a change that adds no new
 * problem (ticking it, editing its text) is let through rather than refused for what it
 * did not touch.
 */
export function storableChange<T extends object>(schema: z.ZodType, stored: T, changed: T, what: string): T {
  const defined = withoutUndefined(changed) as T;
  const problems = problemsOf(schema, defined);
  if (problems.length === 0) return defined;
  const key = (issue: z.core.$ZodIssue) => `${issue.path.map(String).join('.')}|${issue.message}`;
  const before = new Set(problemsOf(schema, withoutUndefined(stored)).map(key));
  const added = problems.find((issue) => !before.has(key(issue)));
  if (added) throw new InvalidInputError(`${what} cannot be saved: ${describeIssue(added)}.`);
  return defined;
}

/**
 * `value` as `field` reads it, or an error saying what to choose: a choice a form offers (a
 * generation, a stage, a kind of note) is checked by the same field rule the backup uses.
 */
export function chosen<T>(field: z.ZodType<T>, value: unknown, message: string): T {
  const result = field.safeParse(value);
  if (!result.success) throw new InvalidInputError(message);
  return result.data;
}
