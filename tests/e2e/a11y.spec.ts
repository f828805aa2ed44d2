import type { Page } from '@playwright/test';
import { seriousAxeFindings } from './axe';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';
import { addSampleProtegeWithNotes } from './sample-data';

const SCHEMES = ['light', 'dark'] as const;

async function expectNoSeriousFindings(page: Page, where: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const findings = await seriousAxeFindings(page);
    expect(findings, `${where} (${colorScheme}): ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }
}

// Axe on the popup, each side panel tab and the options page, light and dark, is a shared flow
// (tests/flows/a11y.ts), run by flows.spec.ts here and in Firefox.

/** The outline the focused element shows, so a test can tell that focus is visible. */
async function focusOutline(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return { element: 'nothing focused', style: 'none', width: 0 };
    const style = getComputedStyle(focused);
    const name = focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40) ?? '';
    return {
      element: `${focused.tagName.toLowerCase()} "${name}"`,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
}

async function expectVisibleFocus(page: Page) {
  const outline = await focusOutline(page);
  // Chromium's own ring is a 1px "auto" outline: too faint to count as visible focus here.
  expect(outline.style, `outline of ${outline.element}`).not.toBe('none');
  expect(outline.width, `outline width of ${outline.element}`).toBeGreaterThanOrEqual(2);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The control was not reachable with the keyboard.');
}

test('keyboard only: add the first protégé and save a quick note in the popup', async ({ openPage }) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  const name = popup.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await popup.keyboard.type('Robin Hale');

  await popup.keyboard.press('Tab');
  const generation = popup.getByRole('combobox', { name: 'Generation' });
  await expect(generation).toBeFocused();
  await expectVisibleFocus(popup);
  // A closed select takes arrow keys: down twice from "Choose…" is the second generation.
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(generation).toHaveValue('boomer');

  const add = popup.getByRole('button', { name: 'Add protégé' });
  await tabTo(popup, add);
  await expectVisibleFocus(popup);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Robin Hale');

  // The quick note box takes focus as soon as there is a protégé to write about.
  const box = popup.getByRole('textbox', { name: 'Quick note' });
  await expect(box).toBeFocused();
  await popup.keyboard.type('Robin wants to try meeting summaries.');

  // Back and forth without losing the text: to the kind, choose "Action item", back to the box.
  const kind = popup.getByRole('combobox', { name: 'Kind' });
  await tabTo(popup, kind);
  await expectVisibleFocus(popup);
  await popup.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('action');
  await tabTo(popup, box, 'Shift+Tab');
  await expect(box).toHaveValue('Robin wants to try meeting summaries.');

  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toHaveText('Saved');
  await expect(box).toHaveValue('');

  const save = popup.getByRole('button', { name: 'Save note' });
  await tabTo(popup, save);
  await expectVisibleFocus(popup);
  const openPanel = popup.getByRole('button', { name: 'Open side panel' });
  await tabTo(popup, openPanel);
  await expectVisibleFocus(popup);
});

test('keyboard only: reach the side panel tabs and switch them with the arrow keys', async ({ openPage }) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await addSampleProtegeWithNotes(popup);

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  const coach = panel.getByRole('tab', { name: 'Coach' });
  await expect(coach).toHaveAttribute('aria-selected', 'true');
  await tabTo(panel, coach);
  await expectVisibleFocus(panel);

  for (const name of ['Notes', 'Progress', 'Profile'] as const) {
    await panel.keyboard.press('ArrowRight');
    const tab = panel.getByRole('tab', { name });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('tabpanel', { name })).toBeVisible();
    await expectVisibleFocus(panel);
  }
  await panel.keyboard.press('ArrowRight');
  await expect(coach).toBeFocused();
  await panel.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('tab', { name: 'Profile' })).toBeFocused();
  await panel.keyboard.press('Home');
  await expect(coach).toBeFocused();

  // From the Notes tab, Tab leads into its panel: the notes are there without the mouse.
  await panel.keyboard.press('ArrowRight');
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('tabpanel', { name: 'Notes' })).toBeFocused();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(4);
});

test('keyboard only: run a session from start to wrap-up; axe finds nothing serious in session mode', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await addSampleProtegeWithNotes(popup);
  const panel = await openPage('sidepanel.html', PANEL_SIZE);

  const start = panel.getByRole('button', { name: 'Start session' });
  await tabTo(panel, start);
  await expectVisibleFocus(panel);
  await panel.keyboard.press('Enter');

  // The open talking point is on the agenda, and the session note box has focus.
  await expect(panel.getByRole('list', { name: 'Agenda' })).toContainText('Ask what felt risky about the first post.');
  const sessionNote = panel.getByRole('textbox', { name: 'Session note' });
  await expect(sessionNote).toBeFocused();
  await panel.keyboard.type('Pat ran a poll in the team channel.');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('list', { name: 'Notes this session' })).toContainText('Pat ran a poll');
  await expectNoSeriousFindings(panel, 'side panel, session mode');

  // Tick the talking point off with the space bar.
  const point = panel.getByRole('checkbox', { name: 'Ask what felt risky about the first post.' }).first();
  await tabTo(panel, point, 'Shift+Tab');
  await expectVisibleFocus(panel);
  await panel.keyboard.press('Space');
  await expect(point).toBeChecked();

  const end = panel.getByRole('button', { name: 'End session' });
  await tabTo(panel, end, 'Shift+Tab');
  await panel.keyboard.press('Enter');
  // Into the wrap-up: the stage radios come first and take arrow keys (Denial → Resistance → Acceptance).
  const endStage = panel.getByRole('radiogroup', { name: 'Stage at the end' });
  await tabTo(panel, endStage.getByRole('radio', { name: 'Denial' }));
  await expectVisibleFocus(panel);
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('ArrowDown');
  await expect(endStage.getByRole('radio', { name: 'Acceptance' })).toBeChecked();
  await tabTo(panel, panel.getByRole('textbox', { name: 'Thanks given or received' }));
  await panel.keyboard.type('Pat thanked me for the patience.');
  await expectNoSeriousFindings(panel, 'side panel, session wrap-up');

  await tabTo(panel, panel.getByRole('button', { name: 'Save wrap-up and end' }));
  await panel.keyboard.press('Enter');
  await expect(start).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Session note' })).toHaveCount(0);
});
