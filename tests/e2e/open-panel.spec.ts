import { expect, POPUP_SIZE, test } from './fixtures';

test('"Open side panel" in the popup opens Chrome’s side panel, then the popup closes', async ({ openPage }) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await popup.getByRole('textbox', { name: 'Name' }).fill('Pat');
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toBeVisible();
  // The popup closes itself only once sidePanel.open() has resolved; a refusal shows an alert instead.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await closed;
});
