import { liveQuery } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { getProtege, listProteges } from '../../db/proteges';
import { listSessions } from '../../db/sessions';
import type { Id } from '../../db/types';
import { addBrowserListener } from '../../utils/browser-listener';
import { formatMeetingTime } from '../../utils/meeting-details';
import { handleMessages } from '../../utils/messaging';
import { nextMeetingFor } from '../../utils/next-meeting';
import {
  readBackupReminder,
  readMeetingReminders,
  reminderTime,
  type BackupReminderSettings,
  type MeetingReminderSettings,
} from '../../utils/reminder-settings';
import { backupReminder, meetingReminders, panelRequest } from '../../utils/storage';
import { openSidePanel } from '../commands';
import { canNotify } from './reminder-access';
import {
  alarmChanges,
  BACKUP_ALARM,
  meetingAlarmName,
  protegeOfAlarm,
  REFRESH_ALARM,
  wantedAlarms,
  type UpcomingMeeting,
} from './reminder-alarms';

/**
 * Reminders in the background: an alarm the lead time before each protégé's next meeting, and
 * one for the backup, rebuilt whenever the worker starts, the settings or the permission
 * change, the database changes while the worker is awake, or a page says so (a write made
 * while the worker slept). An alarm shows a notification; clicking it opens the side panel on
 * the protégé's brief, or the options page at the backup.
 */

const ICON = '/icon/128.png';
/** An alarm may fire a little late, never early; this much early still counts as due. */
const ALARM_SLACK_MS = 60_000;
/** `windows.WINDOW_ID_NONE`: no browser window has focus. */
const NO_WINDOW = -1;

async function upcomingMeetings(now: number): Promise<UpcomingMeeting[]> {
  const proteges = await listProteges();
  const meetings = await Promise.all(
    proteges.map(async (protege) => {
      const meeting = nextMeetingFor(protege, await listSessions(protege.id), now);
      return meeting && { protegeId: protege.id, at: meeting.at };
    }),
  );
  return meetings.filter((meeting) => meeting !== undefined);
}

interface Settings {
  meetings: MeetingReminderSettings;
  backup: BackupReminderSettings;
}

/** The settings as stored; notifications taken away in the browser's settings turn both off here too. */
async function readSettings(): Promise<Settings> {
  const [storedMeetings, storedBackup, allowed] = await Promise.all([
    meetingReminders.getValue(),
    backupReminder.getValue(),
    canNotify(),
  ]);
  const meetings = readMeetingReminders(storedMeetings);
  const backup = readBackupReminder(storedBackup);
  if (allowed) return { meetings, backup };
  if (meetings.enabled) await meetingReminders.setValue({ ...meetings, enabled: false });
  if (backup.enabled) await backupReminder.setValue({ ...backup, enabled: false });
  return { meetings: { ...meetings, enabled: false }, backup: { ...backup, enabled: false } };
}

async function applyReminders() {
  const settings = await readSettings();
  const now = Date.now();
  const meetings = settings.meetings.enabled ? await upcomingMeetings(now) : [];
  const wanted = wantedAlarms({ meetings, meetingReminders: settings.meetings, backupReminder: settings.backup, now });
  const { clear, create } = alarmChanges(await browser.alarms.getAll(), wanted, now);
  await Promise.all(clear.map((name) => browser.alarms.clear(name)));
  for (const { name, when, periodInMinutes } of create) {
    await browser.alarms.create(name, periodInMinutes === undefined ? { when } : { when, periodInMinutes });
  }
}

// Changes come in bursts (a setting and the permission, a write and its live query): one run
// at a time, and a run asked for while another waits to start is that same run.
let last: Promise<void> = Promise.resolve();
let waiting: Promise<void> | undefined;

/** Makes the alarms match the settings and the meetings as they are now. */
export function syncReminders(): Promise<void> {
  if (waiting) return waiting;
  const run = last
    .catch(() => undefined)
    .then(() => {
      waiting = undefined;
      return applyReminders();
    });
  waiting = run;
  last = run;
  return run;
}

function notify(id: string, message: string) {
  return browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: 'Mentor Up',
    message,
  });
}

/** The meeting's reminder, if it is still the protégé's next meeting and its reminder is due. */
async function remindOfMeeting(protegeId: Id) {
  const settings = readMeetingReminders(await meetingReminders.getValue());
  const protege = settings.enabled ? await getProtege(protegeId) : undefined;
  if (!protege) return;
  const now = Date.now();
  const meeting = nextMeetingFor(protege, await listSessions(protegeId), now);
  // Moved or held since the alarm was set: the new time has an alarm of its own.
  if (!meeting || meeting.at <= now || reminderTime(meeting.at, settings.leadMinutes) > now + ALARM_SLACK_MS) return;
  // A system notification may name the protégé; it never shows what the notes say.
  await notify(
    meetingAlarmName(protegeId),
    `Next meeting with ${protege.name}: ${formatMeetingTime(meeting.at)}. Click to open the brief.`,
  );
}

async function remindOfBackup() {
  if (!readBackupReminder(await backupReminder.getValue()).enabled) return;
  await notify(BACKUP_ALARM, 'A backup of your Mentor Up notes is due. Click to open the backup options.');
}

/**
 * The reminders feature in the background. Notifications are an optional permission: their
 * click is listened to once the browser has the API, at start or as soon as it is granted.
 */
export function setUpReminders(signal: AbortSignal) {
  if (signal.aborted) return;
  let focusedWindow: number | undefined;
  let listeningToClicks = false;
  let meetingsWatch: { unsubscribe(): void } | undefined;

  function openBrief(protegeId: Id) {
    // Opened before anything is awaited: only then does the click count as the person's action.
    const opening = openSidePanel(focusedWindow);
    void panelRequest.setValue({ protegeId, view: 'brief', at: Date.now() }).catch(() => undefined);
    // Firefox opens its sidebar only from its own user actions, which a notification click is
    // not (nor was it in Chrome before 116): the same page opens in a tab, on the same brief.
    opening.catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') })).catch(() => undefined);
  }

  function onNotificationClicked(id: string) {
    const protegeId = protegeOfAlarm(id);
    if (protegeId) openBrief(protegeId);
    else if (id === BACKUP_ALARM) {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#backup') }).catch(() => undefined);
    } else return;
    void browser.notifications.clear(id).catch(() => undefined);
  }

  function listenToClicks() {
    // Without the permission the browser has no `notifications` at all.
    if (listeningToClicks || signal.aborted || !browser.notifications) return;
    listeningToClicks = true;
    addBrowserListener(browser.notifications.onClicked, onNotificationClicked, signal);
  }

  function onAlarm(alarm: Browser.alarms.Alarm) {
    const protegeId = protegeOfAlarm(alarm.name);
    const shown = protegeId
      ? remindOfMeeting(protegeId)
      : alarm.name === BACKUP_ALARM
        ? remindOfBackup()
        : Promise.resolve();
    // The reminder given, the protégé's following meeting gets its alarm.
    const then = protegeId || alarm.name === REFRESH_ALARM ? syncReminders : () => undefined;
    void shown
      .catch(() => undefined)
      .then(then)
      .catch(() => undefined);
  }

  function watchMeetings(on: boolean) {
    if (!on || signal.aborted) {
      meetingsWatch?.unsubscribe();
      meetingsWatch = undefined;
      return;
    }
    if (meetingsWatch) return;
    let seen: string | undefined;
    meetingsWatch = liveQuery(() => upcomingMeetings(Date.now())).subscribe({
      next: (meetings) => {
        const now = JSON.stringify(meetings);
        if (now !== seen) void syncReminders().catch(() => undefined);
        seen = now;
      },
      // A database that will not open leaves the alarms as they are.
      error: () => undefined,
    });
  }

  function onSettingsChanged() {
    void meetingReminders
      .getValue()
      .then((stored) => watchMeetings(readMeetingReminders(stored).enabled))
      .catch(() => undefined);
    void syncReminders().catch(() => undefined);
  }

  function onPermissionsChanged() {
    listenToClicks();
    void syncReminders().catch(() => undefined);
  }

  function onFocusChanged(windowId: number) {
    if (windowId !== NO_WINDOW) focusedWindow = windowId;
  }

  function onStart() {
    void syncReminders().catch(() => undefined);
  }

  listenToClicks();
  addBrowserListener(browser.alarms.onAlarm, onAlarm, signal);
  addBrowserListener(browser.runtime.onStartup, onStart, signal);
  addBrowserListener(browser.runtime.onInstalled, onStart, signal);
  addBrowserListener(browser.permissions.onAdded, onPermissionsChanged, signal);
  addBrowserListener(browser.permissions.onRemoved, onPermissionsChanged, signal);
  addBrowserListener(browser.windows.onFocusChanged, onFocusChanged, signal);
  const stopMessages = handleMessages({ 'refresh-reminders': () => syncReminders() });
  const stopWatching = [
    stopMessages,
    meetingReminders.watch(onSettingsChanged),
    backupReminder.watch(onSettingsChanged),
    () => watchMeetings(false),
  ];
  signal.addEventListener('abort', () => stopWatching.forEach((stop) => stop()), { once: true });

  void Promise.resolve()
    .then(() => browser.windows.getLastFocused())
    .then((window) => (focusedWindow ??= window?.id))
    .catch(() => undefined);
  // Each start of the worker, so alarms a browser restart or an update cleared come back.
  onSettingsChanged();
}
