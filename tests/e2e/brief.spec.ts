import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

test('the Brief, one click from the header, lists open actions, talking points and the last wrap-up', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');

  await panel.getByRole('tab', { name: 'Notes' }).click();
  const newNote = panel.getByRole('textbox', { name: 'New note' });
  const kind = panel.getByRole('combobox', { name: 'Kind' });
  await newNote.fill('Send Pat three headline examples');
  await kind.selectOption('action');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Saved');
  await newNote.fill('Who can see a comment?');
  await kind.selectOption('talking-point');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Who can see a comment?');

  await panel.getByRole('button', { name: 'Start session' }).click();
  await panel.getByRole('button', { name: 'End session' }).click();
  await panel.getByRole('textbox', { name: 'Summary' }).fill('Drafted a first post; nervous about comments');
  await panel.getByRole('button', { name: 'Save wrap-up and end' }).click();
  await expect(panel.getByRole('button', { name: 'Start session' })).toBeVisible();

  const briefButton = panel.getByRole('button', { name: 'Brief' });
  await expect(briefButton).toHaveAttribute('aria-pressed', 'false');
  await briefButton.click();
  await expect(panel.getByRole('heading', { name: 'Brief: Pat Lee' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Open action items' })).toHaveText('Send Pat three headline examples');
  await expect(panel.getByRole('list', { name: 'Open talking points' })).toHaveText('Who can see a comment?');
  await expect(panel.getByRole('region', { name: 'Last session' })).toContainText(
    'Drafted a first post; nervous about comments',
  );
  await expect(panel.getByRole('list', { name: 'Suggested agenda' }).getByRole('listitem').first()).toHaveText(
    'Talking point: Who can see a comment?',
  );

  await briefButton.click();
  await expect(panel.getByRole('tab', { name: 'Coach' })).toBeVisible();
});
