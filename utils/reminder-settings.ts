/**
 * The reminder settings' shapes and choices, and when a reminder is due. A leaf with no
 * imports: the storage items, the options page and the background all read it.
 */

/** How long before a meeting its reminder comes, in minutes: 15 minutes, an hour, a day. */
export const REMINDER_LEADS = [15, 60, 1440] as const;
export type ReminderLead = (typeof REMINDER_LEADS)[number];

/** How often the backup reminder comes, in weeks. */
export const BACKUP_INTERVALS = [1, 2, 4, 8] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];

export interface MeetingReminderSettings {
  /** Only true while the browser lets Mentor Up show notifications. */
  enabled: boolean;
  leadMinutes: ReminderLead;
}

export interface BackupReminderSettings {
  /** Only true while the browser lets Mentor Up show notifications. */
  enabled: boolean;
  weeks: BackupInterval;
  /** When the reminder was turned on or its interval changed: the intervals count from here. */
  since: number;
}

export const DEFAULT_MEETING_REMINDERS: MeetingReminderSettings = { enabled: false, leadMinutes: 60 };
export const DEFAULT_BACKUP_REMINDER: BackupReminderSettings = { enabled: false, weeks: 4, since: 0 };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function oneOf<T>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Storage is outside data: anything unknown reads as the default, which is off. */
export function readMeetingReminders(value: unknown): MeetingReminderSettings {
  if (!isObject(value)) return DEFAULT_MEETING_REMINDERS;
  return {
    enabled: value.enabled === true,
    leadMinutes: oneOf(REMINDER_LEADS, value.leadMinutes, DEFAULT_MEETING_REMINDERS.leadMinutes),
  };
}

export function readBackupReminder(value: unknown): BackupReminderSettings {
  if (!isObject(value)) return DEFAULT_BACKUP_REMINDER;
  const since = typeof value.since === 'number' && Number.isFinite(value.since) ? value.since : 0;
  return {
    enabled: value.enabled === true,
    weeks: oneOf(BACKUP_INTERVALS, value.weeks, DEFAULT_BACKUP_REMINDER.weeks),
    since,
  };
}

const MINUTE_MS = 60_000;
const WEEK_MINUTES = 7 * 24 * 60;

/** When a meeting's reminder comes: the lead time before it. */
export function reminderTime(meetingAt: number, leadMinutes: number): number {
  return meetingAt - leadMinutes * MINUTE_MS;
}

export function backupIntervalMinutes(weeks: number): number {
  return weeks * WEEK_MINUTES;
}

/** The first time after `now` a backup falls due: whole intervals from when the reminder was set. */
export function nextBackupDue({ weeks, since }: BackupReminderSettings, now: number): number {
  const interval = backupIntervalMinutes(weeks) * MINUTE_MS;
  const start = since > 0 ? since : now;
  if (start > now) return start + interval;
  return start + (Math.floor((now - start) / interval) + 1) * interval;
}
