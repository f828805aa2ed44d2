import { clickContextMenu } from './context-menu-click';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

test('"Save selection to Mentor Up" in the real background saves to the last protégé', async ({
  context,
  openPage,
}) => {
  test.setTimeout(60_000);
  const popup = await openPage('popup.html', POPUP_SIZE);
  await popup.getByRole('textbox', { name: 'Name' }).fill('Pat Lee');
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Pat Lee');

  const badge = await clickContextMenu(
    context,
    { menuItemId: 'save-selection', pageUrl: 'https://example.com/ai', selectionText: 'Try one prompt a day' },
    { title: 'AI at work' },
  );
  expect(badge).toBe('✓');

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([/Try one prompt a day/]);
});
