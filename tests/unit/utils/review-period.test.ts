import { afterAll, describe, expect, it } from 'vitest';
import type { ProtegeRecords } from '../../../utils/review-aggregates';
import {
  describePeriodDays,
  earliestRecordTime,
  periodDays,
  periodPhrase,
  resolvePeriod,
  type PeriodChoice,
  type PeriodKind,
} from '../../../utils/review-period';

// A zone with summer time, so a day is not always 24 hours long.
const zoneBefore = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const HOUR = 3_600_000;

/** Local time, month 1-12. */
function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

function choice(kind: PeriodKind, from = '', to = ''): PeriodChoice {
  return { kind, from, to };
}

const NOW = local(2027, 6, 12, 15, 30);

describe('the period a choice names', () => {
  it.each([
    ['last-3-months', { from: local(2027, 4, 1), to: local(2027, 6, 13) }],
    ['last-12-months', { from: local(2026, 7, 1), to: local(2027, 6, 13) }],
    ['this-year', { from: local(2027, 1, 1), to: local(2027, 6, 13) }],
  ] as const)('%s, on 12 June 2027', (kind, expected) => {
    expect(resolvePeriod(choice(kind), NOW)).toEqual(expected);
  });

  it.each([
    [
      'in January, reaching back into last year',
      local(2027, 1, 20, 9),
      { from: local(2026, 11, 1), to: local(2027, 1, 21) },
    ],
    [
      'on the last evening of the year',
      local(2026, 12, 31, 23, 59),
      { from: local(2026, 10, 1), to: local(2027, 1, 1) },
    ],
  ])('last 3 months %s', (_, now, expected) => {
    expect(resolvePeriod(choice('last-3-months'), now)).toEqual(expected);
  });

  it('all time begins on the day of the first record, or today when there is none', () => {
    expect(resolvePeriod(choice('all-time'), NOW, local(2025, 3, 4, 17))).toEqual({
      from: local(2025, 3, 4),
      to: local(2027, 6, 13),
    });
    expect(resolvePeriod(choice('all-time'), NOW)).toEqual({ from: local(2027, 6, 12), to: local(2027, 6, 13) });
    // A record dated after today (another device's clock) does not make the period start later.
    expect(resolvePeriod(choice('all-time'), NOW, local(2027, 8, 1))).toEqual({
      from: local(2027, 6, 12),
      to: local(2027, 6, 13),
    });
  });

  it.each([
    ['one day, the clocks going forward', '2027-03-28', '2027-03-28', 23 * HOUR],
    ['one day, the clocks going back', '2027-10-31', '2027-10-31', 25 * HOUR],
    ['a week', '2027-06-01', '2027-06-07', 7 * 24 * HOUR],
  ])('dates of one’s own, both days included: %s', (_, from, to, length) => {
    const period = resolvePeriod(choice('custom', from, to), NOW);
    expect(period.to - period.from).toBe(length);
    expect(periodDays(period)).toEqual({ from, to });
  });

  it.each([
    ['no first day', '', '2027-06-07', 'Choose both days'],
    ['no last day', '2027-06-01', '', 'Choose both days'],
    ['the wrong way round', '2027-06-08', '2027-06-07', 'The first day is after the last day'],
    ['a year out of range', '1999-12-31', '2027-06-07', 'the year 1999'],
  ])('dates of one’s own refused: %s', (_, from, to, message) => {
    expect(() => resolvePeriod(choice('custom', from, to), NOW)).toThrow(message);
  });

  it('custom dates are read only for a custom period', () => {
    expect(resolvePeriod(choice('this-year', '2020-01-01', '2020-02-01'), NOW).from).toBe(local(2027, 1, 1));
  });
});

describe('what a period is called', () => {
  const period = { from: local(2027, 3, 1), to: local(2027, 6, 1) };
  it.each([
    ['last-3-months', 'in the last 3 months'],
    ['last-12-months', 'in the last 12 months'],
    ['this-year', 'so far this year'],
  ] as const)('%s', (kind, phrase) => {
    expect(periodPhrase(kind, period)).toBe(phrase);
  });

  it('names the days of custom and all-time periods, the last one included', () => {
    const first = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(local(2027, 3, 1));
    const last = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(local(2027, 5, 31));
    expect(periodPhrase('custom', period)).toBe(`from ${first} to ${last}`);
    expect(periodPhrase('all-time', period)).toBe(`since ${first}`);
    expect(describePeriodDays(period)).toBe(`${first} – ${last}`);
  });
});

describe('the earliest record', () => {
  const protege = {
    id: 'p',
    name: 'Pat',
    generation: 'boomer',
    archived: false,
    createdAt: 500,
    updatedAt: 500,
  } as const;
  const empty: ProtegeRecords = { protege, sessions: [], stageEvents: [], goals: [], notes: [] };

  it.each([
    ['none at all', [], undefined],
    ['the protégé alone', [empty], 500],
    [
      'a session before the protégé was added (from a backup)',
      [{ ...empty, sessions: [{ id: 's', protegeId: 'p', startedAt: 40, agenda: [] }] }],
      40,
    ],
    ['a stage', [{ ...empty, stageEvents: [{ id: 'e', protegeId: 'p', stage: 'denial', at: 30 }] }], 30],
    [
      'a goal met',
      [{ ...empty, goals: [{ id: 'g', protegeId: 'p', title: 'x', done: true, createdAt: 900, doneAt: 20 }] }],
      20,
    ],
    [
      'a note of another protégé',
      [
        empty,
        {
          ...empty,
          protege: { ...protege, id: 'q', createdAt: 700 },
          notes: [
            {
              id: 'n',
              protegeId: 'q',
              kind: 'note',
              text: 'x',
              source: { kind: 'popup' },
              createdAt: 10,
              updatedAt: 10,
            },
          ],
        },
      ],
      10,
    ],
  ] satisfies [string, ProtegeRecords[], number | undefined][])('%s', (_, records, earliest) => {
    expect(earliestRecordTime(records)).toBe(earliest);
  });
});
