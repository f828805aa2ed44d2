import { describe, expect, it } from 'vitest';
import {
  calendarFileName,
  DEFAULT_MEETING_MINUTES,
  formatMeetingTime,
  meetingLengthMinutes,
} from '../../../utils/meeting-details';

describe('meetingLengthMinutes', () => {
  it.each([
    ['every other Tuesday, 30 minutes', 30],
    ['Weekly, 45 min', 45],
    ['monthly for 90 mins', 90],
    ['fortnightly, an hour', 60],
    ['every week, 1 hour', 60],
    ['every two weeks, 2 hours', 120],
    ['weekly for 1.5 hours', 90],
    ['monthly, an hour and a half', 90],
    ['1 h 15 min on Fridays', 75],
    ['half an hour every Monday', 30],
    ['every week', DEFAULT_MEETING_MINUTES],
    ['every 2 weeks', DEFAULT_MEETING_MINUTES],
    ['every 2 months', DEFAULT_MEETING_MINUTES],
    ['twice a month, 1 hr', 60],
    ['', DEFAULT_MEETING_MINUTES],
    [undefined, DEFAULT_MEETING_MINUTES],
    // A whole day or more is not what "how often to meet" meant as a length.
    ['offsite, 600 minutes', DEFAULT_MEETING_MINUTES],
    ['0 minutes', DEFAULT_MEETING_MINUTES],
  ])('reads %j as %i minutes', (words, minutes) => {
    expect(meetingLengthMinutes(words)).toBe(minutes);
  });
});

describe('calendarFileName', () => {
  it.each([
    [new Date(2027, 0, 12, 10, 0), 'mentor-up-meeting-2027-01-12.ics'],
    [new Date(2027, 11, 31, 23, 59), 'mentor-up-meeting-2027-12-31.ics'],
    [new Date(2028, 1, 29, 0, 0), 'mentor-up-meeting-2028-02-29.ics'],
  ])('names the meeting on %s by its local day', (at, name) => {
    expect(calendarFileName(at.getTime())).toBe(name);
  });
});

describe('formatMeetingTime', () => {
  it('says the weekday, the day, the month and the time', () => {
    const at = new Date(2027, 0, 12, 10, 5).getTime();
    const parts = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).formatToParts(at);
    const text = formatMeetingTime(at);
    for (const type of ['weekday', 'day', 'month', 'minute'] as const) {
      expect(text).toContain(parts.find((part) => part.type === type)!.value);
    }
    expect(text).not.toContain('2027');
  });
});
