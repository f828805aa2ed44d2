import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RemindersSection } from '../../../entrypoints/options/RemindersSection';
import { backupReminder, meetingReminders } from '../../../utils/storage';
import { installFakeExtensionApis } from '../background/fake-extension-apis';

const NOTIFICATIONS = { permissions: ['notifications'] };
const REFUSED = 'Your browser did not allow notifications, so the reminder stays off.';

let apis: ReturnType<typeof installFakeExtensionApis>;

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
});

afterEach(cleanup);

async function renderSection() {
  render(<RemindersSection />);
  const meetings = screen.getByRole('checkbox', { name: 'Meeting reminders' });
  const backup = screen.getByRole('checkbox', { name: 'Backup reminder' });
  await waitFor(() => expect(meetings).toHaveProperty('disabled', false));
  await waitFor(() => expect(backup).toHaveProperty('disabled', false));
  return { meetings, backup };
}

describe.each([
  ['Meeting reminders', () => meetingReminders.getValue()],
  ['Backup reminder', () => backupReminder.getValue()],
])('the "%s" switch', (name, stored) => {
  it('is off at first, and asks for notifications from the click itself when turned on', async () => {
    await renderSection();
    const box = screen.getByRole('checkbox', { name });
    expect(box).toHaveProperty('checked', false);
    expect(apis.permissions.grantedApis.size).toBe(0);

    // No await between the click and the request: the browser prompts only inside the click.
    fireEvent.click(box);
    expect(apis.permissions.request).toHaveBeenCalledWith(NOTIFICATIONS);
    await waitFor(() => expect(box).toHaveProperty('checked', true));
    expect((await stored()).enabled).toBe(true);
    expect([...apis.permissions.grantedApis]).toEqual(['notifications']);
  });

  it('stays off and says why when notifications are refused', async () => {
    apis.permissions.answer = false;
    const user = userEvent.setup();
    await renderSection();
    const box = screen.getByRole('checkbox', { name });
    await user.click(box);
    expect(await screen.findByText(REFUSED)).toBeDefined();
    expect(box).toHaveProperty('checked', false);
    expect((await stored()).enabled).toBe(false);
  });
});

describe('turning reminders off', () => {
  it('gives notifications back once neither reminder needs them', async () => {
    const user = userEvent.setup();
    const { meetings, backup } = await renderSection();
    await user.click(meetings);
    await user.click(backup);
    await waitFor(() => expect(backup).toHaveProperty('checked', true));

    await user.click(meetings);
    await waitFor(() => expect(meetings).toHaveProperty('checked', false));
    expect(apis.permissions.remove).not.toHaveBeenCalled();
    expect(apis.permissions.grantedApis.has('notifications')).toBe(true);

    await user.click(backup);
    await waitFor(() => expect(apis.permissions.remove).toHaveBeenCalledWith(NOTIFICATIONS));
    expect(apis.permissions.grantedApis.size).toBe(0);
    expect(await meetingReminders.getValue()).toMatchObject({ enabled: false });
    expect(await backupReminder.getValue()).toMatchObject({ enabled: false });
  });
});

describe('the choices', () => {
  it.each([
    ['15 minutes', 15],
    ['1 hour', 60],
    ['1 day', 1440],
  ])('"%s" before a meeting is stored as %i minutes', async (label, minutes) => {
    await meetingReminders.setValue({ enabled: true, leadMinutes: minutes === 60 ? 15 : 60 });
    const user = userEvent.setup();
    await renderSection();
    const group = screen.getByRole('radiogroup', { name: 'Remind me before a meeting' });
    await user.click(within(group).getByRole('radio', { name: label }));
    await waitFor(async () =>
      expect(await meetingReminders.getValue()).toEqual({ enabled: true, leadMinutes: minutes }),
    );
  });

  it.each([
    ['week', 1],
    ['2 weeks', 2],
    ['4 weeks', 4],
    ['8 weeks', 8],
  ])('a backup every "%s" is stored as %i weeks, counted from the change', async (label, weeks) => {
    await backupReminder.setValue({ enabled: true, weeks: weeks === 4 ? 8 : 4, since: 1 });
    const user = userEvent.setup();
    await renderSection();
    const before = Date.now();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Remind me to back up every' }), label);
    await waitFor(async () => expect(await backupReminder.getValue()).toMatchObject({ enabled: true, weeks }));
    expect((await backupReminder.getValue()).since).toBeGreaterThanOrEqual(before);
  });

  it('shows what was chosen before when the page opens', async () => {
    await meetingReminders.setValue({ enabled: true, leadMinutes: 1440 });
    await backupReminder.setValue({ enabled: false, weeks: 2, since: 0 });
    const { meetings, backup } = await renderSection();
    await waitFor(() => expect(meetings).toHaveProperty('checked', true));
    expect(backup).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: '1 day' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Remind me to back up every' })).toHaveProperty('value', '2');
  });
});
