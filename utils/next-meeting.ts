import type { Goal, Protege, Session, Timestamp } from '../db/types';
import { isGoalOverdue, lastFinishedSession, startOfDay } from './brief';

/**
 * When the next meeting with a protégé is, and whether the relationship is drifting. The
 * agreement's "how often to meet" is the mentor's own words ("every other Tuesday, 30
 * minutes"), so the cadence is read from them; words it cannot read give no cadence, never a
 * guess.
 */

type CadenceUnit = 'day' | 'week' | 'month';

interface Cadence {
  every: number;
  unit: CadenceUnit;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  other: 2,
  second: 2,
  third: 3,
  fourth: 4,
};

const UNITS: Record<string, CadenceUnit> = { day: 'day', week: 'week', fortnight: 'week', month: 'month' };
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

function countOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** Each rule reads one way of saying it; the first that matches wins. */
const RULES: readonly { pattern: RegExp; cadence: (match: RegExpExecArray) => Cadence | undefined }[] = [
  // "twice a week" has no whole number of days between meetings: too loose to plan with.
  { pattern: /\b(?:twice|\w+ times) (?:a|per|each) week\b/, cadence: () => undefined },
  { pattern: new RegExp(`\\b${WEEKDAY}s? (?:and|&) ${WEEKDAY}s?\\b`), cadence: () => undefined },
  {
    pattern: /\b(?:twice|two times) (?:a|per|each) month\b|\b(?:semi-?monthly|twice monthly)\b/,
    cadence: () => ({ every: 2, unit: 'week' }),
  },
  { pattern: /\b(?:twice|\w+ times) (?:a|per|each) month\b/, cadence: () => undefined },
  // "every 2-3 weeks": only late after the longer gap.
  {
    pattern: new RegExp(`\\bevery ${COUNT} ?(?:-|to|or) ?${COUNT} (day|week|month)s?\\b`),
    cadence: (m) => ({ every: Math.max(countOf(m[1]!), countOf(m[2]!)), unit: UNITS[m[3]!]! }),
  },
  {
    pattern: new RegExp(`\\b(?:every|each|once in|once) ${COUNT} (day|week|fortnight|month)s?\\b`),
    cadence: (m) => ({ every: countOf(m[1]!) * (m[2] === 'fortnight' ? 2 : 1), unit: UNITS[m[2]!]! }),
  },
  // "every other Tuesday", "every second Friday"
  {
    pattern: new RegExp(`\\bevery (other|second|third|fourth) ${WEEKDAY}\\b`),
    cadence: (m) => ({ every: countOf(m[1]!), unit: 'week' }),
  },
  { pattern: /\b(?:fortnightly|bi-?weekly|fortnight)\b/, cadence: () => ({ every: 2, unit: 'week' }) },
  {
    pattern: new RegExp(
      `\\b(?:weekly|every week|(?:once )?(?:a|per|each) week|(?:every|each) ${WEEKDAY}|${WEEKDAY}s)\\b`,
    ),
    cadence: () => ({ every: 1, unit: 'week' }),
  },
  { pattern: /\b(?:bi-?monthly)\b/, cadence: () => ({ every: 2, unit: 'month' }) },
  {
    pattern: /\b(?:monthly|every month|(?:once )?(?:a|per|each) month|of the month)\b/,
    cadence: () => ({ every: 1, unit: 'month' }),
  },
  {
    pattern: /\b(?:quarterly|every quarter|(?:once )?(?:a|per|each) quarter)\b/,
    cadence: () => ({ every: 3, unit: 'month' }),
  },
  { pattern: /\b(?:daily|every day|each day)\b/, cadence: () => ({ every: 1, unit: 'day' }) },
];

/** The cadence the agreement's "how often to meet" says, or undefined if it says none Mentor Up can read. */
function parseCadence(words: string | undefined): Cadence | undefined {
  if (words === undefined) return undefined;
  const text = words
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
  for (const { pattern, cadence } of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found = cadence(match);
    return found && found.every > 0 ? found : undefined;
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month + 1, 0).getDate();
}

/**
 * `from` moved on by `steps` cadences in local time: the same time of day whatever the
 * clocks did in between, and a month on from the 31st is the last day of a shorter month.
 * Months are counted from `from` itself, so the 31st stays the 31st where a month has one.
 */
function addCadence(from: Timestamp, cadence: Cadence, steps = 1): Timestamp {
  const date = new Date(from);
  const count = cadence.every * steps;
  if (cadence.unit === 'month') {
    const target = new Date(date.getFullYear(), date.getMonth() + count, 1);
    const day = Math.min(date.getDate(), daysInMonth(target.getFullYear(), target.getMonth()));
    date.setFullYear(target.getFullYear(), target.getMonth(), day);
  } else {
    date.setDate(date.getDate() + count * (cadence.unit === 'week' ? 7 : 1));
  }
  return date.getTime();
}

function newestFirst(sessions: readonly Session[]): Session[] {
  return [...sessions].sort((a, b) => b.startedAt - a.startedAt);
}

/** `day` at the time of day of `time`, in local time. */
function atTimeOf(day: Timestamp, time: Timestamp): Timestamp {
  const clock = new Date(time);
  const date = new Date(day);
  date.setHours(clock.getHours(), clock.getMinutes(), 0, 0);
  return date.getTime();
}

function isMidnight(at: Timestamp): boolean {
  return startOfDay(at) === at;
}

type NextMeetingSource = 'wrap-up' | 'cadence';

export interface NextMeeting {
  at: Timestamp;
  /** Agreed at the last wrap-up, or worked out from the agreement's cadence. */
  source: NextMeetingSource;
}

/**
 * The next meeting with a protégé: the date set at the last wrap-up while it has not passed
 * (today counts), otherwise the first step of the agreement's cadence from the last session
 * that falls today or later. None for an archived protégé, or with neither a date nor a
 * cadence and a session to count from. A wrap-up gives a day only, so the meeting is put at
 * the time of day the last session started: pairs tend to keep a slot.
 */
export function nextMeetingFor(
  protege: Protege,
  sessions: readonly Session[],
  now: Timestamp,
): NextMeeting | undefined {
  if (protege.archived) return undefined;
  const sorted = newestFirst(sessions);
  const latest = sorted[0];
  const planned = lastFinishedSession(sorted)?.wrapUp?.nextMeetingAt;
  const today = startOfDay(now);
  if (planned !== undefined && startOfDay(planned) >= today) {
    const at = latest && isMidnight(planned) ? atTimeOf(planned, latest.startedAt) : planned;
    return { at, source: 'wrap-up' };
  }
  const cadence = parseCadence(protege.agreement?.meetingFrequency);
  if (!cadence || !latest) return undefined;
  return { at: firstStepFrom(latest.startedAt, cadence, today), source: 'cadence' };
}

const UNIT_DAYS: Record<CadenceUnit, number> = { day: 1, week: 7, month: 31 };
const DAY_MS = 86_400_000;

/** The first step of `cadence` after `from` that falls on day `today` or later. */
function firstStepFrom(from: Timestamp, cadence: Cadence, today: Timestamp): Timestamp {
  // Start a little short of the answer rather than stepping through years of missed meetings.
  const stepDays = cadence.every * UNIT_DAYS[cadence.unit];
  let steps = Math.max(1, Math.floor((today - from) / (stepDays * DAY_MS)) - 1);
  while (startOfDay(addCadence(from, cadence, steps)) < today) steps++;
  return addCadence(from, cadence, steps);
}

/**
 * The day a meeting became overdue, when a protégé has had no session for longer than the
 * agreement's cadence (counted from the last session, or from when they were added if there
 * has been none): the cadence's day has passed. Undefined when they are not overdue: no
 * cadence, archived, or a date agreed at the last wrap-up still ahead (the pair have a plan,
 * even one past the usual gap).
 */
export function overdueSince(protege: Protege, sessions: readonly Session[], now: Timestamp): Timestamp | undefined {
  if (protege.archived) return undefined;
  const cadence = parseCadence(protege.agreement?.meetingFrequency);
  if (!cadence) return undefined;
  if (nextMeetingFor(protege, sessions, now)?.source === 'wrap-up') return undefined;
  const from = newestFirst(sessions)[0]?.startedAt ?? protege.createdAt;
  const due = addCadence(from, cadence);
  return startOfDay(due) < startOfDay(now) ? due : undefined;
}

/** Goals not met whose target day has passed, the longest overdue first. */
export function overdueGoals(goals: readonly Goal[], now: Timestamp): Goal[] {
  return goals.filter((goal) => isGoalOverdue(goal, now)).sort((a, b) => (a.targetDate ?? 0) - (b.targetDate ?? 0));
}
