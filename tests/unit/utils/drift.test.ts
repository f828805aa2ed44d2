import { describe, expect, it } from 'vitest';
import type { Goal, Protege, Session } from '../../../db/types';
import { describeDrift, driftOf, type Drift } from '../../../utils/drift';

const DAY = 86_400_000;
const NOW = new Date(2027, 10, 20, 12).getTime();
const daysAgo = (days: number) => NOW - days * DAY;

function protege(changes: Partial<Protege> = {}): Protege {
  return {
    id: 'pat',
    name: 'Pat',
    generation: 'boomer',
    archived: false,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(100),
    agreement: { meetingFrequency: 'every week' },
    ...changes,
  };
}

function session(startedDaysAgo: number, nextMeetingAt?: number): Session {
  const startedAt = daysAgo(startedDaysAgo);
  return {
    id: `s${startedDaysAgo}`,
    protegeId: 'pat',
    startedAt,
    endedAt: startedAt + 3_600_000,
    agenda: [],
    wrapUp: nextMeetingAt === undefined ? {} : { nextMeetingAt },
  };
}

function goal(targetDaysAgo: number | undefined, done = false): Goal {
  return {
    id: `g${targetDaysAgo}`,
    protegeId: 'pat',
    title: 'Post once a week',
    done,
    createdAt: daysAgo(90),
    ...(targetDaysAgo === undefined ? {} : { targetDate: daysAgo(targetDaysAgo) }),
  };
}

describe('driftOf', () => {
  it.each<[string, Protege, Session[], Goal[], Partial<Drift> | undefined]>([
    ['a session this week', protege(), [session(3)], [], undefined],
    [
      'no session for longer than the cadence',
      protege(),
      [session(17), session(24)],
      [],
      { overdueSince: daysAgo(10), lastSessionAt: daysAgo(17), goalsPastDate: 0 },
    ],
    ['never met, added long ago', protege(), [], [], { overdueSince: daysAgo(93), goalsPastDate: 0 }],
    [
      'no cadence the words give',
      protege({ agreement: { meetingFrequency: 'when we can' } }),
      [session(60)],
      [],
      undefined,
    ],
    ['a date agreed at the wrap-up still ahead', protege(), [session(30, NOW + 2 * DAY)], [], undefined],
    ['a goal past its day', protege(), [session(2)], [goal(5)], { lastSessionAt: daysAgo(2), goalsPastDate: 1 }],
    ['a goal due today is not late', protege(), [session(2)], [goal(0)], undefined],
    ['a goal met is not late', protege(), [session(2)], [goal(5, true)], undefined],
    ['a goal with no day', protege(), [session(2)], [goal(undefined)], undefined],
    [
      'both at once',
      protege(),
      [session(20)],
      [goal(5), goal(40)],
      { overdueSince: daysAgo(13), lastSessionAt: daysAgo(20), goalsPastDate: 2 },
    ],
    ['archived, whatever else', protege({ archived: true }), [], [goal(5)], undefined],
  ])('%s', (_what, who, sessions, goals, expected) => {
    const drift = driftOf(who, sessions, goals, NOW);
    if (expected === undefined) expect(drift).toBeUndefined();
    else expect(drift).toEqual({ protegeId: 'pat', name: 'Pat', ...expected });
  });
});

describe('describeDrift', () => {
  const base: Drift = { protegeId: 'pat', name: 'Pat', goalsPastDate: 0 };
  it.each<[Partial<Drift>, string]>([
    [{ overdueSince: 1, lastSessionAt: new Date(2027, 10, 3, 10).getTime() }, 'no session since 3 Nov'],
    [{ overdueSince: 1 }, 'no session yet'],
    [{ goalsPastDate: 1 }, 'goal past its date'],
    [{ goalsPastDate: 3 }, '3 goals past their dates'],
    [
      { overdueSince: 1, lastSessionAt: new Date(2027, 0, 28, 10).getTime(), goalsPastDate: 1 },
      'no session since 28 Jan; goal past its date',
    ],
  ])('%j says "%s"', (drift, text) => {
    expect(describeDrift({ ...base, ...drift }, 'en-GB')).toBe(text);
  });
});
