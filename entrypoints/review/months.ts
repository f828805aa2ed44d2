/** A review's month keys ("2027-03", local time) as people read them. */

function monthStart(key: string): Date {
  const [year = 0, month = 1] = key.split('-').map(Number);
  const date = new Date(0);
  date.setFullYear(year, month - 1, 1);
  date.setHours(0, 0, 0, 0);
  return date;
}

const monthAndYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short' });

/** "March 2027". */
export function monthName(key: string): string {
  return monthAndYear.format(monthStart(key));
}

/** "Mar", for a chart's axis. */
export function shortMonthName(key: string): string {
  return shortMonth.format(monthStart(key));
}

export function yearOf(key: string): string {
  return key.slice(0, key.indexOf('-'));
}
