import type { Timestamp } from '../db/types';

/**
 * How a next meeting is put to the mentor: its time in words (the header, the popup and the
 * reminder say it the same way), how long it lasts, and its calendar file's name.
 */

const meetingFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Tue 9 Dec, 10:00" (in the browser's own language and clock). */
export function formatMeetingTime(at: Timestamp): string {
  return meetingFormat.format(at);
}

/** A meeting lasts an hour unless the agreement's "how often to meet" says how long. */
export const DEFAULT_MEETING_MINUTES = 60;

const HOUR_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2 };

/**
 * The length of a meeting as the agreement's words give it ("every other Tuesday, 30 minutes",
 * "monthly, an hour and a half", "weekly for 1.5 hours"); an hour when they give none.
 */
export function meetingLengthMinutes(words: string | undefined): number {
  const text = (words ?? '').toLowerCase();
  if (/\bhalf an? hour\b/.test(text)) return 30;
  const hours = /\b(\d+(?:\.\d+)?|an?|one|two) ?(?:h|hrs?|hours?)\b( and a half)?/.exec(text);
  const minutes = /\b(\d{1,3}) ?(?:m|mins?|minutes?)\b/.exec(text);
  let total = 0;
  if (hours) total += (HOUR_WORDS[hours[1]!] ?? Number(hours[1])) * 60 + (hours[2] ? 30 : 0);
  if (minutes) total += Number(minutes[1]);
  const rounded = Math.round(total);
  // Past a working day it is not a meeting length the words meant.
  return rounded > 0 && rounded <= 8 * 60 ? rounded : DEFAULT_MEETING_MINUTES;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "mentor-up-meeting-2027-01-12.ics": the meeting's day on the mentor's clock, no name in it. */
export function calendarFileName(at: Timestamp): string {
  const day = new Date(at);
  return `mentor-up-meeting-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.ics`;
}
