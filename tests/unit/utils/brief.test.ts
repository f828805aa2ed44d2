import { describe, expect, it } from 'vitest';
import type { Goal, Session } from '../../../db/types';
import { isGoalOverdue, isMeetingToday, lastFinishedSession } from '../../../utils/brief';

const NOON = new Date(2027, 2, 10, 12, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function session(startedAt: number, ended: boolean, nextMeetingAt?: number): Session {
  return {
    id: `s${startedAt}`,
    protegeId: 'p',
    startedAt,
    agenda: [],
    ...(ended ? { endedAt: startedAt + HOUR, wrapUp: nextMeetingAt !== undefined ? { nextMeetingAt } : {} } : {}),
  };
}

function goal(done: boolean, targetDate?: number): Goal {
  return {
    id: 'g',
    protegeId: 'p',
    title: 'Goal',
    done,
    createdAt: 0,
    ...(targetDate !== undefined ? { targetDate } : {}),
  };
}

describe('isMeetingToday', () => {
  it.each([
    { case: 'no sessions', sessions: [], today: false },
    {
      case: 'next meeting set for today (midnight)',
      sessions: [session(NOON - 7 * DAY, true, NOON - 12 * HOUR)],
      today: true,
    },
    { case: 'next meeting late today', sessions: [session(NOON - 7 * DAY, true, NOON + 11 * HOUR)], today: true },
    { case: 'next meeting tomorrow', sessions: [session(NOON - 7 * DAY, true, NOON + DAY)], today: false },
    { case: 'next meeting yesterday', sessions: [session(NOON - 7 * DAY, true, NOON - DAY)], today: false },
    { case: 'no date in the wrap-up', sessions: [session(NOON - 7 * DAY, true)], today: false },
    {
      case: 'a running session is skipped for the last finished one',
      sessions: [session(NOON - HOUR, false), session(NOON - 7 * DAY, true, NOON)],
      today: true,
    },
    {
      case: 'only the latest finished wrap-up counts',
      sessions: [session(NOON - 2 * DAY, true, NOON + 7 * DAY), session(NOON - 9 * DAY, true, NOON)],
      today: false,
    },
  ])('$case → $today', ({ sessions, today }) => {
    expect(isMeetingToday(sessions, NOON)).toBe(today);
  });
});

describe('lastFinishedSession', () => {
  it('is the newest ended session, or none', () => {
    const finished = session(NOON - 7 * DAY, true);
    expect(lastFinishedSession([session(NOON, false), finished])).toBe(finished);
    expect(lastFinishedSession([session(NOON, false)])).toBeUndefined();
  });
});

describe('isGoalOverdue', () => {
  it.each([
    { case: 'open, target yesterday', g: goal(false, NOON - DAY), overdue: true },
    { case: 'open, target earlier today', g: goal(false, NOON - 12 * HOUR), overdue: false },
    { case: 'open, target tomorrow', g: goal(false, NOON + DAY), overdue: false },
    { case: 'open, no target date', g: goal(false), overdue: false },
    { case: 'met, target last week', g: goal(true, NOON - 7 * DAY), overdue: false },
  ])('$case → $overdue', ({ g, overdue }) => {
    expect(isGoalOverdue(g, NOON)).toBe(overdue);
  });
});
