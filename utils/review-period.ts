import { InvalidInputError } from '../db/errors';
import type { Timestamp } from '../db/types';
import { formatDay, parseDateInput } from './dates';
import type { ProtegeRecords, ReviewPeriod } from './review-aggregates';

/**
 * The periods a review or the coordinator's CSV can cover, and the dates each stands for in
 * local time. A period runs to the end of today, so what happened this morning counts.
 */

const PERIOD_KINDS = ['last-3-months', 'last-12-months', 'this-year', 'custom', 'all-time'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  'last-3-months': 'Last 3 months',
  'last-12-months': 'Last 12 months',
  'this-year': 'This year',
  custom: 'Custom dates',
  'all-time': 'All time',
};

export interface PeriodChoice {
  kind: PeriodKind;
  /** The first and last day, as `<input type="date">` gives them; read only for `custom`. */
  from: string;
  to: string;
}

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === 'string' && (PERIOD_KINDS as readonly string[]).includes(value);
}

function startOfDay(at: Timestamp): Timestamp {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Local midnight at the start of the next day, whatever the length of this one. */
function startOfNextDay(at: Timestamp): Timestamp {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** The calendar months that end with this one: "last 3 months" in June is April to June. */
function lastMonths(count: number, now: Timestamp): ReviewPeriod {
  const today = new Date(now);
  return {
    from: new Date(today.getFullYear(), today.getMonth() - (count - 1), 1).getTime(),
    to: startOfNextDay(now),
  };
}

/**
 * The period a choice names as of `now`. `earliest` is where "all time" begins (the first
 * record's time; today when there is none). Dates of one's own choosing that are missing or in
 * the wrong order are refused with a message.
 */
export function resolvePeriod(choice: PeriodChoice, now: Timestamp, earliest?: Timestamp): ReviewPeriod {
  switch (choice.kind) {
    case 'last-3-months':
      return lastMonths(3, now);
    case 'last-12-months':
      return lastMonths(12, now);
    case 'this-year':
      return { from: new Date(new Date(now).getFullYear(), 0, 1).getTime(), to: startOfNextDay(now) };
    case 'all-time':
      return { from: startOfDay(Math.min(earliest ?? now, now)), to: startOfNextDay(now) };
    case 'custom': {
      const from = parseDateInput(choice.from);
      const to = parseDateInput(choice.to);
      if (from === undefined || to === undefined) {
        throw new InvalidInputError('Choose both days: the first and the last of the period.');
      }
      if (from > to)
        throw new InvalidInputError('The first day is after the last day. Choose them the other way round.');
      return { from, to: startOfNextDay(to) };
    }
  }
}

/** The first moment anything was recorded, or undefined when nothing was. */
export function earliestRecordTime(all: readonly ProtegeRecords[]): Timestamp | undefined {
  let earliest: Timestamp | undefined;
  const see = (at: Timestamp | undefined) => {
    if (at !== undefined && (earliest === undefined || at < earliest)) earliest = at;
  };
  for (const records of all) {
    see(records.protege.createdAt);
    for (const session of records.sessions) see(session.startedAt);
    for (const event of records.stageEvents) see(event.at);
    for (const goal of records.goals) {
      see(goal.createdAt);
      see(goal.doneAt);
    }
    for (const note of records.notes) see(note.createdAt);
  }
  return earliest;
}

/** "2027-03-01", local time, as `<input type="date">` takes it. */
function dateInputValue(at: Timestamp): string {
  const date = new Date(at);
  const year = String(date.getFullYear()).padStart(4, '0');
  return `${year}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The first and last day of a period, as `<input type="date">` takes them. */
export function periodDays(period: ReviewPeriod): { from: string; to: string } {
  return { from: dateInputValue(period.from), to: dateInputValue(period.to - 1) };
}

/** "1 Apr 2027 – 12 Jun 2027": the days a period covers, both included. */
export function describePeriodDays(period: ReviewPeriod): string {
  return `${formatDay(period.from)} – ${formatDay(period.to - 1)}`;
}

/** The words that end "Pat met 9 times …": "in the last 12 months", "so far this year". */
export function periodPhrase(kind: PeriodKind, period: ReviewPeriod): string {
  switch (kind) {
    case 'last-3-months':
      return 'in the last 3 months';
    case 'last-12-months':
      return 'in the last 12 months';
    case 'this-year':
      return 'so far this year';
    case 'all-time':
      return `since ${formatDay(period.from)}`;
    case 'custom':
      return `from ${formatDay(period.from)} to ${formatDay(period.to - 1)}`;
  }
}
