import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';
import { holdProtegeWrites } from './panel-helpers';

// The first run, the quick note seen live in the side panel, and the popup closed 0 / 50 / 300 ms
// after the last key are shared flows (tests/flows/quick-note.ts), run by flows.spec.ts here and
// in Firefox.

test('keys typed before the app is ready go into the early note box and carry on whole in the app, then save', async ({
  context,
  extensionId,
  openPage,
}) => {
  const setup = await openPage('popup.html', POPUP_SIZE);
  await setup.getByRole('textbox', { name: 'Name' }).fill('Ana');
  await setup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await setup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(setup.getByRole('button', { name: 'Open side panel' })).toBeVisible();
  // The app keeps the picker's snapshot, which the next opening draws its early box from.
  const snapshotLength = () =>
    setup.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const stored = await storage.local.get('pickerSnapshot');
      return Array.isArray(stored.pickerSnapshot) ? stored.pickerSnapshot.length : 0;
    });
  await expect.poll(snapshotLength).toBe(1);

  // A busy database: another page holds a write on the protégés until released, so the popup
  // app (which reads them before its first render) cannot take over while the first half is typed.
  const release = await holdProtegeWrites(setup);

  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.bringToFront();
  // Counts the keys that land while the early box (popup/shell.ts) is still the one on screen.
  await popup.addInitScript(() => {
    const seen = { inShell: 0, all: 0 };
    Object.assign(window, { __keys: seen });
    addEventListener('keydown', () => {
      seen.all++;
      if (document.getElementById('shell-text')) seen.inShell++;
    });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  const box = popup.getByRole('textbox', { name: 'Quick note' });
  await expect(box).toBeFocused();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Ana');

  const first = 'Ana practised the Teams reactions twice';
  const rest = ' and wants a cheat sheet for meetings.';
  await popup.keyboard.type(first);
  await expect(box).toHaveValue(first);
  await expect(popup.getByRole('button', { name: 'Open side panel' })).toHaveCount(0);

  await release();
  await expect(popup.getByRole('button', { name: 'Open side panel' })).toBeVisible();
  await expect(box).toBeFocused();
  await popup.keyboard.type(rest);
  await expect(box).toHaveValue(first + rest);
  const keys = await popup.evaluate(() => (window as unknown as { __keys: { inShell: number; all: number } }).__keys);
  expect(keys).toEqual({ inShell: first.length, all: first.length + rest.length });

  await box.press('Control+Enter');
  await expect(popup.getByRole('status')).toHaveText('Saved');
  await expect(box).toHaveValue('');
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([
    /cheat sheet for meetings/,
  ]);
});
