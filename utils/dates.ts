/** Dates as people read them, and the `<input type="date">` value format. */

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDay(at: number): string {
  return dayFormat.format(at);
}

export function formatDateTime(at: number): string {
  return dateTimeFormat.format(at);
}

/** "2027-03-01" → local midnight of that day; blank or malformed → undefined. */
export function parseDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getMonth() === m - 1 ? date.getTime() : undefined;
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
