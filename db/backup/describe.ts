import { z } from '../../utils/zod';
import { BACKUP_TABLES, MAX_MESSAGE_LENGTH, type BackupTable } from './format';

/**
 * How messages about a backup name things: "Note 3 (“Ask about Teams…”), page title". Kept
 * apart from reading and planning so both speak alike.
 */

const TABLE_ITEM_NAMES: Record<BackupTable, string> = {
  proteges: 'Protégé',
  notes: 'Note',
  stageEvents: 'Stage change',
  sessions: 'Session',
  goals: 'Goal',
  tipFeedback: 'Tip feedback',
};

/** Fields whose name in the file is not what a person would call them. */
const FIELD_NAMES: Record<string, string> = {
  'source.title': 'page title',
  'source.url': 'page address',
  'wrapUp.summary': 'wrap-up summary',
  'wrapUp.thanks': 'wrap-up thanks',
  'wrapUp.nextMeetingAt': 'next meeting',
  targetDate: 'target date',
  protegeId: 'protégé',
  sessionId: 'session',
};

const MAX_KEY_SHOWN = 40;
const MAX_WORDS_SHOWN = 40;

/** Cuts text to `max` characters without splitting a character made of two code units. */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

/** A message never runs longer than a few lines, whatever a file put into it. */
export function clip(message: string, max = MAX_MESSAGE_LENGTH): string {
  return message.length <= max ? message : `${cutText(message, max - 1)}…`;
}

/** A key from a file, quoted, cut if it is long. */
export function quoteKey(key: string): string {
  return `"${key.length > MAX_KEY_SHOWN ? `${cutText(key, MAX_KEY_SHOWN)}…` : key}"`;
}

/** The start of a text, on one line: enough to recognise a note by. */
export function firstWords(text: string, max = MAX_WORDS_SHOWN): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = cutText(line, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

const tableSchema = z.enum(BACKUP_TABLES);

/** What a record says about itself, for a person to find it: a name, a title or its text. */
function recordWords(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const record = row as Record<string, unknown>;
  for (const field of ['name', 'title', 'text', 'evidence']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return firstWords(value);
  }
  return undefined;
}

/** "Note 3 (“Ask about Teams…”)": the record's place in the file and, if it has any, its words. */
export function describeRecord(table: BackupTable, index: number, row?: unknown): string {
  const words = recordWords(row);
  return `${TABLE_ITEM_NAMES[table]} ${index + 1}${words ? ` (“${words}”)` : ''}`;
}

function describeField(rest: readonly PropertyKey[]): string {
  const dotted = rest.map((part) => (typeof part === 'string' ? part : String(part))).join('.');
  if (FIELD_NAMES[dotted]) return FIELD_NAMES[dotted];
  const [first, second] = rest;
  if (first === 'agenda' && typeof second === 'number') return `agenda item ${second + 1}`;
  return rest.map((part) => (typeof part === 'string' ? quoteKeyIfOdd(part) : String(part))).join('.');
}

/** Known field names read as they are; anything odd a file made up is quoted and cut. */
function quoteKeyIfOdd(part: string): string {
  return /^[A-Za-z]{1,30}$/.test(part) ? part : quoteKey(part);
}

/** "Note 3, text" from ['notes', 2, 'text']: where in the file, as a person would say it. */
export function describePath(path: readonly PropertyKey[], row?: unknown): string {
  const [first, index, ...rest] = path;
  const table = tableSchema.safeParse(first);
  if (table.success && typeof index === 'number') {
    const where = describeRecord(table.data, index, row);
    return rest.length ? `${where}, ${describeField(rest)}` : where;
  }
  return path.length ? describeField(path) : 'The file';
}

/** The first `max` messages, then one line saying how many more there were. */
export function capMessages(messages: readonly string[], max: number, more: (n: number) => string): string[] {
  if (messages.length <= max) return [...messages];
  return [...messages.slice(0, max), more(messages.length - max)];
}
