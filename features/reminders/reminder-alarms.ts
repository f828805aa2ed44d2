import type { Id, Timestamp } from '../../db/types';
import {
  backupIntervalMinutes,
  nextBackupDue,
  reminderTime,
  type BackupReminderSettings,
  type MeetingReminderSettings,
} from '../../utils/reminder-settings';

/**
 * Which alarms the reminders need, as plain data: one per protégé whose next meeting's
 * reminder is still ahead, one that keeps the meetings current as days pass (a cadence moves
 * the next meeting on once its day is over, with nothing written), and one for the backup.
 * No browser API here, so the rules are tested on their own.
 */

const MEETING_ALARM_PREFIX = 'meeting:';
export const BACKUP_ALARM = 'backup-due';
export const REFRESH_ALARM = 'meetings-refresh';
/** How often the meetings are looked at again while reminders are on, with nothing else to wake for. */
export const REFRESH_MINUTES = 6 * 60;

export function meetingAlarmName(protegeId: Id): string {
  return `${MEETING_ALARM_PREFIX}${protegeId}`;
}

/** The protégé a meeting alarm (or its notification, which has the same name) is for. */
export function protegeOfAlarm(name: string): Id | undefined {
  return name.startsWith(MEETING_ALARM_PREFIX) ? name.slice(MEETING_ALARM_PREFIX.length) || undefined : undefined;
}

function isReminderAlarm(name: string): boolean {
  return name === BACKUP_ALARM || name === REFRESH_ALARM || protegeOfAlarm(name) !== undefined;
}

export interface UpcomingMeeting {
  protegeId: Id;
  at: Timestamp;
}

export interface WantedAlarm {
  name: string;
  when: Timestamp;
  periodInMinutes?: number;
}

export interface ReminderState {
  meetings: readonly UpcomingMeeting[];
  meetingReminders: MeetingReminderSettings;
  backupReminder: BackupReminderSettings;
  now: Timestamp;
}

/** Every alarm the settings and the meetings call for now. */
export function wantedAlarms({ meetings, meetingReminders, backupReminder, now }: ReminderState): WantedAlarm[] {
  const wanted: WantedAlarm[] = [];
  if (meetingReminders.enabled) {
    for (const { protegeId, at } of meetings) {
      const when = reminderTime(at, meetingReminders.leadMinutes);
      // A reminder whose time has gone is not given late: the mentor has it in the header.
      if (when > now) wanted.push({ name: meetingAlarmName(protegeId), when });
    }
    wanted.push({ name: REFRESH_ALARM, when: now + REFRESH_MINUTES * 60_000, periodInMinutes: REFRESH_MINUTES });
  }
  if (backupReminder.enabled) {
    wanted.push({
      name: BACKUP_ALARM,
      when: nextBackupDue(backupReminder, now),
      periodInMinutes: backupIntervalMinutes(backupReminder.weeks),
    });
  }
  return wanted;
}

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number | undefined;
}

export interface AlarmChanges {
  clear: string[];
  create: WantedAlarm[];
}

/**
 * What to change to get from the alarms there are to the ones wanted. A repeating alarm with
 * the same period is kept as it is (recreating it would move its next time on). A meeting
 * alarm whose time has come and that nothing replaces is left to fire, while meeting
 * reminders are on: the browser gives it once it can (say, at start-up after being closed),
 * and the alarm's handler checks the meeting is still ahead. Alarms that are not the
 * reminders' are never touched.
 */
export function alarmChanges(
  existing: readonly ExistingAlarm[],
  wanted: readonly WantedAlarm[],
  now: Timestamp,
): AlarmChanges {
  const byName = new Map(wanted.map((alarm) => [alarm.name, alarm]));
  const meetingsWanted = byName.has(REFRESH_ALARM);
  const changes: AlarmChanges = { clear: [], create: [] };
  const current = new Map<string, ExistingAlarm>();
  for (const alarm of existing) {
    if (!isReminderAlarm(alarm.name)) continue;
    current.set(alarm.name, alarm);
    const want = byName.get(alarm.name);
    const firing = alarm.scheduledTime <= now && protegeOfAlarm(alarm.name) !== undefined && meetingsWanted;
    if (!want && !firing) changes.clear.push(alarm.name);
  }
  for (const want of wanted) {
    const have = current.get(want.name);
    if (!have) changes.create.push(want);
    else if (want.periodInMinutes !== undefined) {
      if (have.periodInMinutes !== want.periodInMinutes) changes.create.push(want);
    } else if (have.scheduledTime !== want.when) changes.create.push(want);
  }
  return changes;
}
