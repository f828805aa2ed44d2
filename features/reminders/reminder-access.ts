import { browser } from 'wxt/browser';
import { readBackupReminder, readMeetingReminders } from '../../utils/reminder-settings';
import { backupReminder, meetingReminders } from '../../utils/storage';

/**
 * The options page's reminder switches. Showing notifications is an optional permission: it
 * is asked for when a reminder is turned on, never at install, and given back once both
 * reminders are off.
 */

const NOTIFICATIONS = { permissions: ['notifications'] } as const;

export function canNotify(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...NOTIFICATIONS.permissions] });
}

function askToNotify(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...NOTIFICATIONS.permissions] });
}

async function giveBackIfUnused() {
  const [meetings, backup] = await Promise.all([meetingReminders.getValue(), backupReminder.getValue()]);
  if (readMeetingReminders(meetings).enabled || readBackupReminder(backup).enabled) return;
  await browser.permissions.remove({ permissions: [...NOTIFICATIONS.permissions] });
}

/**
 * Call straight from the click or change handler, before anything is awaited: browsers only
 * show the permission prompt in response to the person's action. Resolves with whether
 * meeting reminders are now on.
 */
export async function turnOnMeetingReminders(): Promise<boolean> {
  const granted = await askToNotify();
  if (granted)
    await meetingReminders.setValue({ ...readMeetingReminders(await meetingReminders.getValue()), enabled: true });
  return granted;
}

export async function turnOffMeetingReminders(): Promise<void> {
  await meetingReminders.setValue({ ...readMeetingReminders(await meetingReminders.getValue()), enabled: false });
  await giveBackIfUnused();
}

/** As `turnOnMeetingReminders`: call it first thing in the click. The weeks count from now. */
export async function turnOnBackupReminder(now = Date.now()): Promise<boolean> {
  const granted = await askToNotify();
  if (granted) {
    await backupReminder.setValue({
      ...readBackupReminder(await backupReminder.getValue()),
      enabled: true,
      since: now,
    });
  }
  return granted;
}

export async function turnOffBackupReminder(): Promise<void> {
  await backupReminder.setValue({ ...readBackupReminder(await backupReminder.getValue()), enabled: false });
  await giveBackIfUnused();
}
