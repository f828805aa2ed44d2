import { seriousAxeFindings } from './axe';
import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

const SHARED = 'Try the new expense app before Friday';
const PRIVATE = 'Seemed anxious about the reorganisation';

test('a session recap copied as Markdown by keyboard right after the wrap-up holds the shareable note and the next date, never the private note', async ({
  context,
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');

  await panel.getByRole('button', { name: 'Start session' }).click();
  const sessionNote = panel.getByRole('textbox', { name: 'Session note' });
  const shareable = panel.getByRole('checkbox', { name: 'Shareable' });
  const notesThisSession = panel.getByRole('list', { name: 'Notes this session' });

  // Private is the default: this one is saved as it is.
  await expect(shareable).not.toBeChecked();
  await sessionNote.fill(PRIVATE);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(notesThisSession).toContainText(PRIVATE);

  await sessionNote.fill(SHARED);
  await shareable.check();
  await sessionNote.press('Control+Enter');
  await expect(notesThisSession.getByRole('listitem').filter({ hasText: SHARED })).toContainText('(shareable)');
  await expect(shareable).not.toBeChecked();

  await panel.getByRole('button', { name: 'End session' }).click();
  await panel.getByLabel('Next meeting').fill('2027-03-16');
  await panel.getByRole('button', { name: 'Save wrap-up and end' }).click();

  const ended = panel.getByRole('region', { name: 'Session with Pat Lee ended' });
  await expect(ended.getByRole('heading', { name: 'Session with Pat Lee ended' })).toBeFocused();
  // From the heading, by keyboard: past "Copy recap as text" to "Copy recap as Markdown".
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  await expect(ended.getByRole('button', { name: 'Copy recap as Markdown' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(ended.getByRole('status')).toHaveText('Copied the recap as Markdown.');
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    expect(await seriousAxeFindings(panel), `the recap after a wrap-up (${colorScheme})`).toEqual([]);
  }

  // Read the clipboard back by pasting it into a plain page (an extension's origin cannot be
  // granted clipboard-read, and the copy itself needs no grant from a focused page).
  const pad = await context.newPage();
  await pad.setContent('<label>Pasted <textarea></textarea></label>');
  const pasted = pad.getByRole('textbox', { name: 'Pasted' });
  await pasted.focus();
  await pad.keyboard.press('ControlOrMeta+V');
  const recap = await pasted.inputValue();

  // The day in the browser's own words, as the panel writes it.
  const nextDay = await panel.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 2, 16)),
  );
  expect(recap).toMatch(/^# Session recap/);
  expect(recap).toContain(SHARED);
  expect(recap).toContain(`Next meeting: ${nextDay}`);
  expect(recap).not.toContain(PRIVATE);
});
