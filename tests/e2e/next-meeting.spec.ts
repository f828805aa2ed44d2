import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import ICAL from 'ical.js';
import { entrySizes } from '../../bench/gzip-size.mjs';
import { seriousAxeFindings } from './axe';
import { expect, launchWithProfile, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** `YYYY-MM-DD` of the local day `days` from now, as a date field takes it. */
function dayFromNow(days: number) {
  const day = new Date(Date.now() + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * A profile in which Mentor Up already holds the optional `notifications` permission, as if
 * the person had once answered "Allow". Headless Chromium shows the permission prompt as a
 * native dialog that no automation reaches: `permissions.request` then never settles (CDP's
 * Browser.grantPermissions grants web-page permissions, not an extension's, and no switch
 * accepts the prompt). With the permission held, the same request from the same click
 * resolves at once, granted, as Chrome does for a permission it has already given.
 */
async function profileWithNotifications(userDataDir: string) {
  const first = await launchWithProfile(userDataDir);
  const { extensionId } = first;
  await first.context.close();
  const file = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8')) as {
    extensions: { settings: Record<string, Record<'granted_permissions' | 'active_permissions', { api: string[] }>> };
  };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error('Mentor Up is not in the profile');
  settings.granted_permissions.api.push('notifications');
  settings.active_permissions.api.push('notifications');
  await writeFile(file, JSON.stringify(prefs));
}

async function readEvent(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the file');
  return new ICAL.Event(vevent);
}

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };

/** The few extension APIs read inside the service worker. */
declare const chrome: {
  alarms: { getAll(): Promise<Alarm[]> };
  permissions: { contains(permissions: { permissions: string[] }): Promise<boolean> };
};

function meetingAlarms(worker: Worker): Promise<Alarm[]> {
  return worker.evaluate(async () =>
    (await chrome.alarms.getAll()).filter((alarm) => alarm.name.startsWith('meeting:')),
  );
}

/**
 * The extension's service worker as DevTools sees it, and a way to stop it. Playwright keeps
 * its handle on the worker across a restart, so the state comes from CDP's ServiceWorker domain.
 */
async function watchWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const state = {
    running: '',
    versionId: '',
    stop: () => cdp.send('ServiceWorker.stopWorker', { versionId: state.versionId }),
  };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = versions.find((v) => v.scriptURL.endsWith('/background.js'));
    if (version) Object.assign(state, { running: version.runningStatus, versionId: version.versionId });
  });
  await cdp.send('ServiceWorker.enable');
  return state;
}

async function expectNoSeriousFindings(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousAxeFindings(page), `${where} (${colorScheme})`).toEqual([]);
  }
}

/** The service worker running now, waiting for one to start if none is. */
async function runningWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

test('a wrap-up with a next date: the header shows it, "Add to calendar" downloads it, and its reminder alarm survives the worker stopping', async () => {
  test.setTimeout(60_000);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-e2e-'));
  try {
    await profileWithNotifications(userDataDir);
    const { context, open } = await launchWithProfile(userDataDir);

    const panel = await open('sidepanel.html', PANEL_SIZE);
    await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
    await expect(panel.getByText('Next meeting: not set')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Add to calendar' })).toHaveCount(0);

    const nextDay = dayFromNow(10);
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByLabel('Next meeting').fill(nextDay);
    await panel.getByRole('button', { name: 'Save wrap-up and end' }).click();
    await expect(panel.getByRole('button', { name: 'Start session' })).toBeVisible();

    // The header says when, in the browser's own words for that day and time.
    const when = panel.locator('header time');
    await expect(panel.locator('header')).toContainText('Next meeting:');
    const shownAt = Date.parse((await when.getAttribute('datetime')) ?? '');
    expect(await panel.evaluate((at) => new Date(at).toLocaleDateString('sv'), shownAt)).toBe(nextDay);

    await expectNoSeriousFindings(panel, 'side panel with a next meeting');
    const addToCalendar = panel.getByRole('button', { name: 'Add to calendar' });
    const [download] = await Promise.all([panel.waitForEvent('download'), addToCalendar.click()]);
    expect(download.suggestedFilename()).toBe(`mentor-up-meeting-${nextDay}.ics`);
    const event = await readEvent(await download.path());
    const start = event.startDate;
    expect(`${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`).toBe(nextDay);
    expect(start.toUnixTime() * 1000).toBe(shownAt);
    expect(event.summary).toBe('Mentoring session with Pat Lee');
    expect(event.description, 'no agenda unless asked').toBeFalsy();

    await panel.getByRole('checkbox', { name: 'Include the agenda' }).check();
    const [withAgenda] = await Promise.all([panel.waitForEvent('download'), addToCalendar.click()]);
    const agendaEvent = await readEvent(await withAgenda.path());
    expect(agendaEvent.uid, 'the same meeting').toBe(event.uid);
    expect(agendaEvent.description).toMatch(/^Agenda:\n- Try: /);

    // Reminders on, from the real switch: an alarm the lead time (an hour) before the meeting.
    const options = await open('options.html', { width: 900, height: 900 });
    await options.getByRole('checkbox', { name: 'Meeting reminders' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Meeting reminders are on.' })).toBeVisible();
    await expect(options.getByRole('checkbox', { name: 'Meeting reminders' })).toBeChecked();
    await expectNoSeriousFindings(options, 'options page with reminders on');
    let worker = await runningWorker(context);
    await expect
      .poll(() => meetingAlarms(worker))
      .toEqual([expect.objectContaining({ scheduledTime: shownAt - HOUR_MS })]);

    // A shorter lead time replaces it.
    await options
      .getByRole('radiogroup', { name: 'Remind me before a meeting' })
      .getByRole('radio', { name: '15 minutes' })
      .check();
    await expect
      .poll(() => meetingAlarms(worker))
      .toEqual([expect.objectContaining({ scheduledTime: shownAt - 15 * 60_000 })]);
    const [alarm] = await meetingAlarms(worker);

    // The worker stopped, as the browser stops it when idle, and woken again by a page.
    await worker.evaluate(() => Object.assign(globalThis, { beforeTheStop: true }));
    const workerState = await watchWorker(options);
    await expect.poll(() => workerState.running).toBe('running');
    await workerState.stop();
    await expect.poll(() => workerState.running).toBe('stopped');
    await panel.reload();
    await expect(panel.locator('header time')).toHaveAttribute('datetime', new Date(shownAt).toISOString());
    await expect.poll(() => workerState.running).toBe('running');
    worker = await runningWorker(context);
    expect(await worker.evaluate(() => 'beforeTheStop' in globalThis), 'a new worker').toBe(false);
    expect(await meetingAlarms(worker)).toEqual([alarm]);

    // Turned off, the alarm goes, and so does the permission.
    await options.getByRole('checkbox', { name: 'Meeting reminders' }).click();
    await expect.poll(() => meetingAlarms(worker)).toEqual([]);
    await expect
      .poll(() => worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] })))
      .toBe(false);
    await context.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('the popup opens without the next meeting and the overdue list: they load after it', async () => {
  // Read off the build (`npm run build:chrome` first), as the benchmark counts what the popup opens with.
  const root = path.resolve('.output/chrome-mv3');
  const { files, lazyFiles } = entrySizes(root).popup!;
  const carrying = async (list: string[], text: string) => {
    const found: string[] = [];
    for (const file of list) if ((await readFile(path.join(root, file), 'utf8')).includes(text)) found.push(file);
    return found;
  };
  for (const text of ['Add to calendar', 'Overdue:']) {
    expect(await carrying(files, text), `"${text}" in what the popup opens with`).toEqual([]);
    expect(await carrying(lazyFiles, text), `"${text}" in what it loads later`).not.toEqual([]);
  }
});
