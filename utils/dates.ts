import { InvalidInputError } from '../db/errors';
import { FIRST_DATE_YEAR, LAST_DATE_YEAR } from '../db/record-rules';

/** Dates as people read them, and the `<input type="date">` value format. */

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDay(at: number): string {
  return dayFormat.format(at);
}

export function formatDateTime(at: number): string {
  return dateTimeFormat.format(at);
}

/**
 * "2027-03-01" → local midnight of that day; blank → undefined. The year is read in full
 * ("0202" is the year 202, not 1902), and a day outside the years Mentor Up accepts, or one
 * that does not exist, is refused with a message rather than stored as some other day.
 */
export function parseDateInput(value: string): number | undefined {
  const typed = value.trim();
  if (typed === '') return undefined;
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(typed);
  if (!match) throw new InvalidInputError('That date is not complete. Choose a day, or clear the date.');
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < FIRST_DATE_YEAR || y > LAST_DATE_YEAR) {
    throw new InvalidInputError(
      `The date is in the year ${y}. Choose a day from ${FIRST_DATE_YEAR} to ${LAST_DATE_YEAR}.`,
    );
  }
  const date = new Date(0);
  // Unlike the Date constructor, setFullYear takes years below 100 as they are.
  date.setFullYear(y, m - 1, d);
  date.setHours(0, 0, 0, 0);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) {
    throw new InvalidInputError('That day does not exist. Choose another.');
  }
  return date.getTime();
}

const DAY_MS = 86_400_000;

/** "3 days", "1 day", "less than a day", "5 weeks", "4 months". */
export function describeDuration(ms: number): string {
  const days = Math.floor(Math.max(0, ms) / DAY_MS);
  if (days < 1) return 'less than a day';
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  if (days < 61) return `${Math.floor(days / 7)} weeks`;
  return `${Math.floor(days / 30)} months`;
}

/** A meeting's length: "45 min", "1 h 30 min". */
export function describeMeetingLength(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
