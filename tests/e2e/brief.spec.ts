import { seriousAxeFindings } from './axe';
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

  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    expect(await seriousAxeFindings(panel), `Brief (${colorScheme})`).toEqual([]);
  }

  await briefButton.click();
  await expect(panel.getByRole('tab', { name: 'Coach' })).toBeVisible();
});

test('printed, the brief is the whole page, black on white, with no controls', async ({ openPage }) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
  await panel.getByRole('button', { name: 'Brief' }).click();
  const heading = panel.getByRole('heading', { name: 'Brief: Pat Lee' });
  await expect(heading).toBeVisible();

  // "Print" opens the browser's print dialog; here it only records that it was asked to.
  await panel.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await panel.getByRole('button', { name: 'Print' }).click();
  await expect(panel.locator('body')).toHaveAttribute('data-printed', 'yes');

  await panel.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(heading).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Tips for now' })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Protégé' })).toBeHidden();
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expect(panel.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(heading).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(panel.locator('.tip-why').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
});
