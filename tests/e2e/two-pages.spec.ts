import type { Page } from '@playwright/test';
import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

/**
 * Two side panels (say one per window) showing the same protégé: an edit saved in one shows
 * in the other at once; text being typed in one is never replaced by the other's save, nor
 * written over it: the page says so and the user picks; different fields never overwrite
 * each other.
 */

async function twoPanels(
  openPage: (file: string, size?: { width: number; height: number }) => Promise<Page>,
  tab: string,
) {
  const a = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(a, 'Pat Lee', 'boomer');
  const b = await openPage('sidepanel.html', PANEL_SIZE);
  await expect(b.getByRole('combobox', { name: 'Protégé' })).toHaveValue(
    await a.getByRole('combobox', { name: 'Protégé' }).inputValue(),
  );
  for (const page of [a, b]) await page.getByRole('tab', { name: tab }).click();
  return { a, b };
}

test('a saved edit shows in the other page, and edits of different fields both stay', async ({ openPage }) => {
  const { a, b } = await twoPanels(openPage, 'Profile');
  await a.getByRole('textbox', { name: 'Overall timeline' }).fill('Six months');
  await a.keyboard.press('Tab');
  await expect(b.getByRole('textbox', { name: 'Overall timeline' })).toHaveValue('Six months');

  // Each page edits its own agreement field at the same moment.
  await Promise.all([
    a.getByRole('textbox', { name: 'How often you meet' }).fill('Every other Tuesday'),
    b.getByRole('textbox', { name: 'What each meeting aims at' }).fill('One new tool, tried together'),
  ]);
  await Promise.all([a.keyboard.press('Tab'), b.keyboard.press('Tab')]);
  for (const page of [a, b]) {
    await expect(page.getByRole('textbox', { name: 'How often you meet' })).toHaveValue('Every other Tuesday');
    await expect(page.getByRole('textbox', { name: 'What each meeting aims at' })).toHaveValue(
      'One new tool, tried together',
    );
  }
  await a.reload();
  await a.getByRole('tab', { name: 'Profile' }).click();
  await expect(a.getByRole('textbox', { name: 'Overall timeline' })).toHaveValue('Six months');
  await expect(a.getByRole('textbox', { name: 'How often you meet' })).toHaveValue('Every other Tuesday');
  await expect(a.getByRole('textbox', { name: 'What each meeting aims at' })).toHaveValue(
    'One new tool, tried together',
  );
});

test('text being typed is not replaced by the other page’s save: both are shown, "Keep my text" stores it', async ({
  openPage,
}) => {
  const { a, b } = await twoPanels(openPage, 'Profile');
  const mine = 'Likes written steps and a short call before each session';
  const fieldB = b.getByRole('textbox', { name: 'Preferences' });
  await fieldB.click();
  // B types at a person's pace, so it never pauses long enough to save, while A saves.
  const typing = fieldB.pressSequentially(mine, { delay: 60 });
  await a.getByRole('textbox', { name: 'Preferences' }).fill('Prefers phone');
  await a.keyboard.press('Tab');
  await typing;

  const conflict = b.getByRole('alert');
  await expect(conflict).toContainText('Changed in another window');
  await expect(conflict).toContainText('Prefers phone');
  await expect(fieldB).toHaveValue(mine);
  await expect(a.getByRole('textbox', { name: 'Preferences' })).toHaveValue('Prefers phone');
  await expect(a.getByRole('alert')).toHaveCount(0);

  await b.getByRole('button', { name: 'Keep my text' }).click();
  await expect(a.getByRole('textbox', { name: 'Preferences' })).toHaveValue(mine);
  await expect(b.getByRole('alert')).toHaveCount(0);
  await b.reload();
  await b.getByRole('tab', { name: 'Profile' }).click();
  await expect(b.getByRole('textbox', { name: 'Preferences' })).toHaveValue(mine);
});

test('a note edited in two pages: the one typing sees the other text and can take it', async ({ openPage }) => {
  const { a, b } = await twoPanels(openPage, 'Notes');
  await a.getByRole('textbox', { name: 'New note' }).fill('Wants to try Copilot');
  await a.getByRole('button', { name: 'Save note' }).click();
  await expect(b.getByText('Wants to try Copilot')).toBeVisible();
  for (const page of [a, b]) await page.getByRole('button', { name: 'Edit' }).click();

  const typing = b
    .getByRole('textbox', { name: 'Edit note' })
    .pressSequentially(' in Outlook and in Teams chats', { delay: 60 });
  await a.getByRole('textbox', { name: 'Edit note' }).fill('Wants to try Copilot in Excel');
  await a.getByRole('button', { name: 'Done' }).click();
  await typing;

  await expect(b.getByRole('alert')).toContainText('Wants to try Copilot in Excel');
  await expect(b.getByRole('textbox', { name: 'Edit note' })).toHaveValue(
    'Wants to try Copilot in Outlook and in Teams chats',
  );
  // The editor stays open until a text is picked.
  await b.getByRole('button', { name: 'Done' }).click();
  await expect(b.getByRole('textbox', { name: 'Edit note' })).toBeVisible();
  await b.getByRole('button', { name: 'Use the other text' }).click();
  await expect(b.getByRole('textbox', { name: 'Edit note' })).toHaveValue('Wants to try Copilot in Excel');
  await b.getByRole('button', { name: 'Done' }).click();
  await expect(b.getByText('Wants to try Copilot in Excel')).toBeVisible();
  await a.reload();
  await a.getByRole('tab', { name: 'Notes' }).click();
  await expect(a.getByText('Wants to try Copilot in Excel')).toBeVisible();
});

test('a page opened while another is typing leaves that edit to it', async ({ openPage }) => {
  const { b } = await twoPanels(openPage, 'Profile');
  const mine = 'Likes written steps and a short call before each session';
  const fieldB = b.getByRole('textbox', { name: 'Preferences' });
  await fieldB.click();
  const typing = fieldB.pressSequentially(mine, { delay: 60 });
  // A third page opens mid-sentence: it finishes edits of closed pages, not this open one.
  await b.waitForTimeout(600);
  const c = await openPage('sidepanel.html', PANEL_SIZE);
  await c.getByRole('tab', { name: 'Profile' }).click();
  await typing;
  await b.keyboard.press('Tab');
  await expect(c.getByRole('textbox', { name: 'Preferences' })).toHaveValue(mine);
  await expect(b.getByRole('alert')).toHaveCount(0);
  await expect(c.getByRole('alert')).toHaveCount(0);
});
