import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveNote } from '../../../db/notes';
import { setProtegeArchived } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import type { Protege } from '../../../db/types';
import { setUpReminders, syncReminders } from '../../../features/reminders/reminders';
import { BACKUP_ALARM, meetingAlarmName, REFRESH_ALARM } from '../../../features/reminders/reminder-alarms';
import { formatMeetingTime } from '../../../utils/meeting-details';
import type { ReminderLead } from '../../../utils/reminder-settings';
import { backupReminder, meetingReminders, panelRequest } from '../../../utils/storage';
import { installFakeExtensionApis } from '../background/fake-extension-apis';
import { resetDatabase } from '../db/reset';

// The clock stands still (only Date: the database's timers run as ever), so "tomorrow at ten"
// is the same moment on every run: Wednesday 10 March 2027, 9:30 local time.
const NOW = new Date(2027, 2, 10, 9, 30).getTime();
const MINUTE = 60_000;

/** Local time `days` from today, at `hour`:`minute`. */
function at(days: number, hour = 0, minute = 0): number {
  const day = new Date(NOW);
  day.setDate(day.getDate() + days);
  day.setHours(hour, minute, 0, 0);
  return day.getTime();
}

let apis: ReturnType<typeof installFakeExtensionApis>;
let setUp: AbortController | undefined;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  await resetDatabase();
});

afterEach(() => {
  setUp?.abort();
  setUp = undefined;
  vi.useRealTimers();
});

/** The background starting, and its first rebuild done. */
async function start() {
  setUp = new AbortController();
  setUpReminders(setUp.signal);
  await syncReminders();
}

async function remindersOn(leadMinutes: ReminderLead = 60) {
  apis.permissions.grantedApis.add('notifications');
  await meetingReminders.setValue({ enabled: true, leadMinutes });
}

/** A session started at `startedAt`, wrapped up with the next meeting on the day of `nextDay` (midnight, as the form gives it). */
async function wrapUpWithNextDate(protege: Protege, startedAt: number, nextDay: number) {
  const session = await startSession(protege.id, [], startedAt);
  await wrapUpSession(session.id, { nextMeetingAt: nextDay }, startedAt + 45 * MINUTE);
}

async function alarmsByName() {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, alarm]));
}

async function meetingAlarmTimes() {
  const alarms = await fakeBrowser.alarms.getAll();
  return Object.fromEntries(
    alarms.filter((alarm) => alarm.name.startsWith('meeting:')).map((alarm) => [alarm.name, alarm.scheduledTime]),
  );
}

describe('meeting reminders', () => {
  it('at start-up, set one alarm per protégé the lead time before their next meeting', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    const robin = await addProtege({ name: 'Robin', generation: 'silent' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await wrapUpWithNextDate(sam, at(-1, 14, 30), at(6));
    // Robin has no next meeting: no wrap-up date and no cadence.
    await startSession(robin.id, [], at(-3, 9));
    await remindersOn(60);

    await start();
    expect(await meetingAlarmTimes()).toEqual({
      [meetingAlarmName(pat.id)]: at(2, 9),
      [meetingAlarmName(sam.id)]: at(6, 13, 30),
    });
    expect((await alarmsByName())[REFRESH_ALARM]).toMatchObject({ periodInMinutes: expect.any(Number) });
  });

  it('set none while reminders are off, nor for an archived protégé', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await start();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    await remindersOn();
    await setProtegeArchived(pat.id, true);
    await syncReminders();
    expect(await meetingAlarmTimes()).toEqual({});
  });

  it('replace the alarm when the next meeting changes, as the database changes', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await remindersOn(15);
    await start();
    expect(await meetingAlarmTimes()).toEqual({ [meetingAlarmName(pat.id)]: at(2, 9, 45) });

    // Met today at 8:00 instead; the next meeting is agreed for a week on.
    await wrapUpWithNextDate(pat, at(0, 8), at(7));
    await vi.waitFor(async () =>
      expect(await meetingAlarmTimes()).toEqual({ [meetingAlarmName(pat.id)]: at(7, 7, 45) }),
    );
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });

  it('move the alarms when the lead time changes', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await remindersOn(60);
    await start();
    await meetingReminders.setValue({ enabled: true, leadMinutes: 1440 });
    await vi.waitFor(async () => expect(await meetingAlarmTimes()).toEqual({ [meetingAlarmName(pat.id)]: at(1, 10) }));
  });

  it('clear every alarm when turned off', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await remindersOn();
    await start();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);

    await meetingReminders.setValue({ enabled: false, leadMinutes: 60 });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });

  it('turn off, and clear their alarms, when notifications are taken away in the browser', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-7, 10), at(2));
    await remindersOn();
    await start();
    await fakeBrowser.permissions.remove({ permissions: ['notifications'] });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    expect(await meetingReminders.getValue()).toEqual({ enabled: false, leadMinutes: 60 });
  });

  it('rebuild when a page says a meeting changed', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await remindersOn();
    await start();
    await wrapUpWithNextDate(pat, at(-1, 11), at(3));
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh-reminders', payload: {} }, page);
    expect(answer).toEqual({ ok: true });
    expect(await meetingAlarmTimes()).toEqual({ [meetingAlarmName(pat.id)]: at(3, 10) });
  });

  it('on the alarm, show a notification naming the protégé and the time, and nothing of the notes', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await saveNote({ protegeId: pat.id, kind: 'note', text: 'Worried about the reorg', source: { kind: 'popup' } });
    await wrapUpWithNextDate(pat, at(-6, 10), at(1));
    await remindersOn(1440);
    await start();
    const alarm = (await alarmsByName())[meetingAlarmName(pat.id)];
    expect(alarm).toMatchObject({ scheduledTime: at(0, 10) });

    vi.setSystemTime(at(0, 10));
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([meetingAlarmName(pat.id)]);
    const notification = shown[meetingAlarmName(pat.id)]!;
    expect(notification).toMatchObject({ type: 'basic', title: 'Mentor Up' });
    expect(notification.message).toContain('Pat Lee');
    expect(notification.message).toContain(formatMeetingTime(at(1, 10)));
    expect(JSON.stringify(notification)).not.toContain('reorg');
  });

  it('on an alarm for a meeting that has moved since, show nothing', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await wrapUpWithNextDate(pat, at(-6, 10), at(1));
    await remindersOn(1440);
    await start();
    const alarm = (await alarmsByName())[meetingAlarmName(pat.id)]!;
    await wrapUpWithNextDate(pat, at(0, 8), at(9));
    vi.setSystemTime(at(0, 10));
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await syncReminders();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await meetingAlarmTimes()).toEqual({ [meetingAlarmName(pat.id)]: at(8, 8) });
  });

  it('a click opens the side panel at once, on the protégé, with the brief', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await remindersOn();
    await start();
    await fakeBrowser.windows.onFocusChanged.trigger(7);

    const clicked = fakeBrowser.notifications.onClicked.trigger(meetingAlarmName(pat.id));
    // Called before anything was awaited: only then does the click count as the person's action.
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    await clicked;
    await vi.waitFor(async () =>
      expect(await panelRequest.getValue()).toEqual({ protegeId: pat.id, view: 'brief', at: NOW }),
    );
  });

  it('where the side panel will not open from a click on a notification, the brief opens in a tab', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await remindersOn();
    await start();
    apis.sidePanel.open.mockRejectedValueOnce(
      new Error('sidePanel.open() may only be called in response to a user gesture.'),
    );
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(meetingAlarmName(pat.id));
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/sidepanel.html') }));
    expect(await panelRequest.getValue()).toEqual({ protegeId: pat.id, view: 'brief', at: NOW });
  });
});

describe('the backup reminder', () => {
  it('is one repeating alarm, every chosen number of weeks from when it was set', async () => {
    apis.permissions.grantedApis.add('notifications');
    await backupReminder.setValue({ enabled: true, weeks: 2, since: NOW });
    await start();
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({
        name: BACKUP_ALARM,
        scheduledTime: NOW + 14 * 24 * 60 * MINUTE,
        periodInMinutes: 14 * 24 * 60,
      }),
    ]);

    await backupReminder.setValue({ enabled: true, weeks: 8, since: NOW + MINUTE });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.getAll()).toEqual([
        expect.objectContaining({ name: BACKUP_ALARM, periodInMinutes: 8 * 7 * 24 * 60 }),
      ]),
    );
    await backupReminder.setValue({ enabled: false, weeks: 8, since: NOW + MINUTE });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });

  it('says a backup is due, and its click opens the options page at the backup', async () => {
    apis.permissions.grantedApis.add('notifications');
    await backupReminder.setValue({ enabled: true, weeks: 1, since: NOW });
    await start();
    const [alarm] = await fakeBrowser.alarms.getAll();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.notifications.getAll()).toEqual({
        [BACKUP_ALARM]: expect.objectContaining({
          title: 'Mentor Up',
          message: expect.stringMatching(/backup .*is due/),
        }),
      }),
    );

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(BACKUP_ALARM);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/options.html#backup') });
    expect(apis.sidePanel.open).not.toHaveBeenCalled();
  });
});
