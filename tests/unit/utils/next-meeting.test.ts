import { afterAll, describe, expect, it } from 'vitest';
import type { Goal, Protege, Session } from '../../../db/types';
import { nextMeetingFor, overdueGoals, overdueSince } from '../../../utils/next-meeting';

// Local time is what a mentor means by "next Tuesday at 10": run in a zone whose clocks change.
// (America/New_York, 2027: clocks go forward on 14 March and back on 7 November.)
const zoneBefore = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const HOUR = 3_600_000;

/** Local wall-clock time, month 1-12. */
function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

function protege(meetingFrequency?: string, extra: Partial<Protege> = {}): Protege {
  return {
    id: 'p',
    name: 'Pat',
    generation: 'boomer',
    archived: false,
    createdAt: local(2026, 1, 1),
    updatedAt: local(2026, 1, 1),
    ...(meetingFrequency !== undefined ? { agreement: { meetingFrequency } } : {}),
    ...extra,
  };
}

function finished(startedAt: number, nextMeetingAt?: number): Session {
  return {
    id: `s${startedAt}`,
    protegeId: 'p',
    startedAt,
    endedAt: startedAt + HOUR,
    agenda: [],
    wrapUp: nextMeetingAt !== undefined ? { nextMeetingAt } : {},
  };
}

function running(startedAt: number): Session {
  return { id: `r${startedAt}`, protegeId: 'p', startedAt, agenda: [] };
}

describe('the clock', () => {
  it('runs in a zone with daylight saving time, so the cases below can tell', () => {
    expect(new Date(local(2027, 1, 15)).getTimezoneOffset()).toBe(300);
    expect(new Date(local(2027, 7, 15)).getTimezoneOffset()).toBe(240);
  });
});

/** A cadence as the agreement's words should be read: a meeting every `every` `unit`s. */
interface Cadence {
  every: number;
  unit: 'day' | 'week' | 'month';
}

describe('reading the cadence from the agreement', () => {
  // Read through the next meeting counted from a session on Monday 4 January 2027 at 10:00:
  // it falls one cadence later (local time; the longer ones cross the spring change).
  const LAST = local(2027, 1, 4, 10);
  function oneCadenceOn({ every, unit }: Cadence): number {
    if (unit === 'month') return local(2027, 1 + every, 4, 10);
    return local(2027, 1, 4 + every * (unit === 'week' ? 7 : 1), 10);
  }

  it.each<[string | undefined, Cadence | undefined]>([
    ['Weekly, 30 minutes', { every: 1, unit: 'week' }],
    ['Every other Tuesday, 30 minutes', { every: 2, unit: 'week' }],
    ['every second Friday', { every: 2, unit: 'week' }],
    ['Fortnightly', { every: 2, unit: 'week' }],
    ['bi-weekly', { every: 2, unit: 'week' }],
    ['Once a fortnight', { every: 2, unit: 'week' }],
    ['every 3 weeks', { every: 3, unit: 'week' }],
    ['Every three weeks, over lunch', { every: 3, unit: 'week' }],
    ['every 2–3 weeks', { every: 3, unit: 'week' }],
    ['every other week', { every: 2, unit: 'week' }],
    ['once a week', { every: 1, unit: 'week' }],
    ['Tuesdays at 10', { every: 1, unit: 'week' }],
    ['Monthly', { every: 1, unit: 'month' }],
    ['once a month', { every: 1, unit: 'month' }],
    ['first Monday of the month', { every: 1, unit: 'month' }],
    ['every six weeks', { every: 6, unit: 'week' }],
    ['every 2 months', { every: 2, unit: 'month' }],
    ['twice a month', { every: 2, unit: 'week' }],
    ['Quarterly', { every: 3, unit: 'month' }],
    ['daily stand-up', { every: 1, unit: 'day' }],
    ['every 10 days', { every: 10, unit: 'day' }],
    ['twice a week', undefined],
    ['Tuesdays and Thursdays', undefined],
    ['every weekday', undefined],
    ['every 30 minutes', undefined],
    ['every 0 weeks', undefined],
    ['when we can', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (words, cadence) => {
    const next = nextMeetingFor(protege(words), [finished(LAST)], LAST);
    expect(next).toEqual(cadence && { at: oneCadenceOn(cadence), source: 'cadence' });
  });
});

describe('one cadence on from the last session', () => {
  it.each<{ case: string; from: number; words: string; now?: number; at: number; hours?: number }>([
    {
      case: 'a week over the spring change keeps 10:00 (167 hours)',
      from: local(2027, 3, 9, 10),
      words: 'Weekly',
      at: local(2027, 3, 16, 10),
      hours: 167,
    },
    {
      case: 'a week over the autumn change keeps 10:00 (169 hours)',
      from: local(2027, 11, 2, 10),
      words: 'Weekly',
      at: local(2027, 11, 9, 10),
      hours: 169,
    },
    {
      case: 'a late meeting stays on its day over the spring change',
      from: local(2027, 3, 9, 23, 30),
      words: 'Weekly',
      at: local(2027, 3, 16, 23, 30),
    },
    {
      case: 'a month from 31 January is the last day of February',
      from: local(2027, 1, 31, 9),
      words: 'Monthly',
      at: local(2027, 2, 28, 9),
    },
    {
      case: 'a month from 31 January in a leap year is 29 February',
      from: local(2028, 1, 31, 9),
      words: 'Monthly',
      at: local(2028, 2, 29, 9),
    },
    {
      case: 'two months from 31 January is 31 March, not the 28th',
      from: local(2027, 1, 31, 9),
      words: 'Monthly',
      // Counted from a day in March, the first step (28 February) has passed: the second is next.
      now: local(2027, 3, 1),
      at: local(2027, 3, 31, 9),
    },
    {
      case: 'a month from 31 October crosses the autumn change to 30 November',
      from: local(2027, 10, 31, 18),
      words: 'Monthly',
      at: local(2027, 11, 30, 18),
    },
    {
      case: 'a quarter from 30 November is the end of February',
      from: local(2027, 11, 30, 8),
      words: 'Quarterly',
      at: local(2028, 2, 29, 8),
    },
    {
      case: 'a month from December is January of the next year',
      from: local(2027, 12, 15, 14),
      words: 'Monthly',
      at: local(2028, 1, 15, 14),
    },
    {
      case: 'a day over the spring change is 23 hours',
      from: local(2027, 3, 13, 12),
      words: 'Daily',
      at: local(2027, 3, 14, 12),
      hours: 23,
    },
  ])('$case', ({ from, words, now, at, hours }) => {
    const next = nextMeetingFor(protege(words), [finished(from)], now ?? from);
    expect(next?.source).toBe('cadence');
    const result = next?.at ?? Number.NaN;
    expect(new Date(result).toString()).toBe(new Date(at).toString());
    if (hours !== undefined) expect((result - from) / HOUR).toBe(hours);
  });
});

describe('nextMeetingFor', () => {
  const NOW = local(2027, 3, 12, 15);
  it.each<{ case: string; p: Protege; sessions: Session[]; now?: number; next: ReturnType<typeof nextMeetingFor> }>([
    { case: 'no sessions and no cadence', p: protege(), sessions: [], next: undefined },
    { case: 'a cadence but no session to count from', p: protege('Weekly'), sessions: [], next: undefined },
    {
      case: 'the wrap-up date ahead, at the time the last session started',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 9, 10), local(2027, 3, 25))],
      next: { at: local(2027, 3, 25, 10), source: 'wrap-up' },
    },
    {
      case: 'the wrap-up date today counts as ahead',
      p: protege(),
      sessions: [finished(local(2027, 3, 5, 9, 30), local(2027, 3, 12))],
      next: { at: local(2027, 3, 12, 9, 30), source: 'wrap-up' },
    },
    {
      case: 'a wrap-up time that is not midnight is kept',
      p: protege(),
      sessions: [finished(local(2027, 3, 5, 9, 30), local(2027, 3, 20, 16, 45))],
      next: { at: local(2027, 3, 20, 16, 45), source: 'wrap-up' },
    },
    {
      case: 'the wrap-up date passed: the cadence from the last session',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 9, 10), local(2027, 3, 11))],
      next: { at: local(2027, 3, 16, 10), source: 'cadence' },
    },
    {
      case: 'the wrap-up date passed and no cadence',
      p: protege('when we can'),
      sessions: [finished(local(2027, 3, 9, 10), local(2027, 3, 11))],
      next: undefined,
    },
    {
      case: 'no wrap-up date and no cadence',
      p: protege(),
      sessions: [finished(local(2027, 3, 9, 10))],
      next: undefined,
    },
    {
      case: 'weekly over the spring change: same day and time',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 9, 23, 30))],
      next: { at: local(2027, 3, 16, 23, 30), source: 'cadence' },
    },
    {
      case: 'weekly over the autumn change',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 11, 2, 8))],
      now: local(2027, 11, 5),
      next: { at: local(2027, 11, 9, 8), source: 'cadence' },
    },
    {
      case: 'every other Tuesday, two steps on when one was missed',
      p: protege('Every other Tuesday, 30 minutes'),
      sessions: [finished(local(2027, 2, 23, 10))],
      next: { at: local(2027, 3, 23, 10), source: 'cadence' },
    },
    {
      case: 'a step that falls today is today',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 5, 11))],
      next: { at: local(2027, 3, 12, 11), source: 'cadence' },
    },
    {
      case: 'monthly from 31 January, in March: 31 March',
      p: protege('Monthly'),
      sessions: [finished(local(2027, 1, 31, 10))],
      now: local(2027, 3, 5),
      next: { at: local(2027, 3, 31, 10), source: 'cadence' },
    },
    {
      case: 'monthly from 31 January, in February: the 28th',
      p: protege('once a month'),
      sessions: [finished(local(2027, 1, 31, 10))],
      now: local(2027, 2, 10),
      next: { at: local(2027, 2, 28, 10), source: 'cadence' },
    },
    {
      case: 'weekly, last met a year ago: the same weekday this coming week',
      p: protege('Weekly'),
      sessions: [finished(local(2026, 3, 10, 10))],
      next: { at: local(2027, 3, 16, 10), source: 'cadence' },
    },
    {
      case: 'a session still running counts as the last one',
      p: protege('Fortnightly'),
      sessions: [running(local(2027, 3, 12, 14)), finished(local(2027, 2, 26, 14))],
      next: { at: local(2027, 3, 26, 14), source: 'cadence' },
    },
    {
      case: 'the wrap-up of the last finished session, past a running one',
      p: protege('Weekly'),
      sessions: [running(local(2027, 3, 12, 14)), finished(local(2027, 3, 5, 14), local(2027, 3, 30))],
      next: { at: local(2027, 3, 30, 14), source: 'wrap-up' },
    },
    {
      case: 'sessions in any order: only the latest wrap-up counts',
      p: protege(),
      sessions: [finished(local(2027, 2, 1, 9), local(2027, 4, 1)), finished(local(2027, 3, 1, 9), local(2027, 3, 3))],
      next: undefined,
    },
    {
      case: 'an archived protégé has no next meeting',
      p: protege('Weekly', { archived: true }),
      sessions: [finished(local(2027, 3, 9, 10), local(2027, 3, 25))],
      next: undefined,
    },
  ])('$case', ({ p, sessions, now, next }) => {
    expect(nextMeetingFor(p, sessions, now ?? NOW)).toEqual(next);
  });
});

describe('overdueSince', () => {
  it.each<{ case: string; p: Protege; sessions: Session[]; now: number; since: number | undefined }>([
    {
      case: 'weekly, due today: not yet',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 1, 10))],
      now: local(2027, 3, 8, 23, 59),
      since: undefined,
    },
    {
      case: 'weekly, the day after it was due',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 1, 10))],
      now: local(2027, 3, 9, 0, 30),
      since: local(2027, 3, 8, 10),
    },
    {
      case: 'weekly from 23:30 over the spring change: due on the 16th, so late on the 17th',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 3, 9, 23, 30))],
      now: local(2027, 3, 17, 10),
      since: local(2027, 3, 16, 23, 30),
    },
    {
      case: 'monthly from 31 January: due 28 February',
      p: protege('Monthly'),
      sessions: [finished(local(2027, 1, 31, 10))],
      now: local(2027, 2, 28, 18),
      since: undefined,
    },
    {
      case: 'monthly from 31 January, on 1 March',
      p: protege('Monthly'),
      sessions: [finished(local(2027, 1, 31, 10))],
      now: local(2027, 3, 1, 8),
      since: local(2027, 2, 28, 10),
    },
    {
      case: 'no cadence: never overdue',
      p: protege('when we can'),
      sessions: [finished(local(2026, 1, 5, 10))],
      now: local(2027, 3, 1),
      since: undefined,
    },
    {
      case: 'never met, added three weeks ago, weekly',
      p: protege('Weekly', { createdAt: local(2027, 2, 8, 12) }),
      sessions: [],
      now: local(2027, 3, 1),
      since: local(2027, 2, 15, 12),
    },
    {
      case: 'never met, added three days ago, weekly',
      p: protege('Weekly', { createdAt: local(2027, 2, 26, 12) }),
      sessions: [],
      now: local(2027, 3, 1),
      since: undefined,
    },
    {
      case: 'past the cadence, but a date agreed at the wrap-up is still ahead',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 2, 1, 10), local(2027, 3, 15))],
      now: local(2027, 3, 1),
      since: undefined,
    },
    {
      case: 'the agreed date passed, and the cadence too',
      p: protege('Weekly'),
      sessions: [finished(local(2027, 2, 1, 10), local(2027, 2, 10))],
      now: local(2027, 3, 1),
      since: local(2027, 2, 8, 10),
    },
    {
      case: 'archived: never overdue',
      p: protege('Weekly', { archived: true }),
      sessions: [finished(local(2026, 1, 5, 10))],
      now: local(2027, 3, 1),
      since: undefined,
    },
    {
      case: 'a session running now',
      p: protege('Weekly'),
      sessions: [running(local(2027, 3, 1, 9)), finished(local(2027, 1, 5, 10))],
      now: local(2027, 3, 1, 9, 30),
      since: undefined,
    },
  ])('$case', ({ p, sessions, now, since }) => {
    expect(overdueSince(p, sessions, now)).toBe(since);
  });
});

describe('overdueGoals', () => {
  const NOW = local(2027, 3, 12, 12);
  function goal(id: string, done: boolean, targetDate?: number): Goal {
    return { id, protegeId: 'p', title: id, done, createdAt: 0, ...(targetDate !== undefined ? { targetDate } : {}) };
  }

  it.each<{ case: string; goals: Goal[]; overdue: string[] }>([
    { case: 'none', goals: [], overdue: [] },
    {
      case: 'open and past, the longest overdue first',
      goals: [goal('late', false, local(2027, 3, 1)), goal('later', false, local(2027, 2, 1))],
      overdue: ['later', 'late'],
    },
    { case: 'due today is not overdue', goals: [goal('today', false, local(2027, 3, 12))], overdue: [] },
    { case: 'met goals are not overdue', goals: [goal('met', true, local(2027, 1, 1))], overdue: [] },
    { case: 'no target date', goals: [goal('open', false)], overdue: [] },
    { case: 'a date ahead', goals: [goal('ahead', false, local(2027, 4, 1))], overdue: [] },
  ])('$case', ({ goals, overdue }) => {
    expect(overdueGoals(goals, NOW).map((g) => g.id)).toEqual(overdue);
  });
});
