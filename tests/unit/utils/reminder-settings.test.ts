import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BACKUP_REMINDER,
  DEFAULT_MEETING_REMINDERS,
  nextBackupDue,
  readBackupReminder,
  readMeetingReminders,
  reminderTime,
} from '../../../utils/reminder-settings';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

describe('the stored settings, read as outside data', () => {
  it('are off by default', () => {
    expect(DEFAULT_MEETING_REMINDERS.enabled).toBe(false);
    expect(DEFAULT_BACKUP_REMINDER.enabled).toBe(false);
  });

  it.each([
    [undefined, DEFAULT_MEETING_REMINDERS],
    [null, DEFAULT_MEETING_REMINDERS],
    ['on', DEFAULT_MEETING_REMINDERS],
    [
      { enabled: true, leadMinutes: 15 },
      { enabled: true, leadMinutes: 15 },
    ],
    [
      { enabled: true, leadMinutes: 1440 },
      { enabled: true, leadMinutes: 1440 },
    ],
    [
      { enabled: 'yes', leadMinutes: 60 },
      { enabled: false, leadMinutes: 60 },
    ],
    [
      { enabled: true, leadMinutes: 5 },
      { enabled: true, leadMinutes: 60 },
    ],
    [
      { enabled: true, leadMinutes: '15' },
      { enabled: true, leadMinutes: 60 },
    ],
  ])('meeting reminders %j read as %j', (stored, read) => {
    expect(readMeetingReminders(stored)).toEqual(read);
  });

  it.each([
    [undefined, DEFAULT_BACKUP_REMINDER],
    [
      { enabled: true, weeks: 2, since: 5 },
      { enabled: true, weeks: 2, since: 5 },
    ],
    [
      { enabled: true, weeks: 3, since: 5 },
      { enabled: true, weeks: 4, since: 5 },
    ],
    [
      { enabled: true, weeks: 8, since: 'then' },
      { enabled: true, weeks: 8, since: 0 },
    ],
    [
      { enabled: true, weeks: 1, since: Number.NaN },
      { enabled: true, weeks: 1, since: 0 },
    ],
    [{ weeks: 1 }, { enabled: false, weeks: 1, since: 0 }],
  ])('the backup reminder %j reads as %j', (stored, read) => {
    expect(readBackupReminder(stored)).toEqual(read);
  });
});

describe('when reminders are due', () => {
  it.each([
    [15, 15 * MINUTE],
    [60, 60 * MINUTE],
    [1440, 24 * 60 * MINUTE],
  ])('a %i-minute lead comes that long before the meeting', (lead, before) => {
    expect(reminderTime(1_000_000_000_000, lead)).toBe(1_000_000_000_000 - before);
  });

  const SINCE = Date.UTC(2027, 0, 4, 9);
  it.each([
    ['just after it was set', 2, SINCE + MINUTE, SINCE + 2 * WEEK],
    ['a moment before the first', 2, SINCE + 2 * WEEK - 1, SINCE + 2 * WEEK],
    ['at the first, the second', 2, SINCE + 2 * WEEK, SINCE + 4 * WEEK],
    ['months on, the next whole interval', 4, SINCE + 13 * WEEK, SINCE + 16 * WEEK],
    ['every week', 1, SINCE + 3 * WEEK + MINUTE, SINCE + 4 * WEEK],
    ['set in the future (a clock put back)', 1, SINCE - WEEK, SINCE + WEEK],
  ])('%s', (_what, weeks, now, due) => {
    expect(nextBackupDue({ enabled: true, weeks: weeks as 1 | 2 | 4 | 8, since: SINCE }, now)).toBe(due);
  });

  it('counts from now when it was never set', () => {
    expect(nextBackupDue({ enabled: true, weeks: 2, since: 0 }, SINCE)).toBe(SINCE + 2 * WEEK);
  });
});
