import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel, setStage } from './panel-helpers';

test('tips follow generation and stage, and "Not a fit" is per protégé', async ({ openPage }) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  const tipTitles = () => panel.getByRole('list', { name: 'Tips' }).locator('.tip-title').allTextContents();

  await addProtegeInPanel(panel, 'Sam', 'genx');
  await setStage(panel, 'Resistance');
  await panel.getByRole('radio', { name: 'In a session' }).check();
  await expect(panel.getByRole('list', { name: 'Tips' }).getByRole('article')).toHaveCount(3);
  const samTips = await tipTitles();

  await addProtegeInPanel(panel, 'Pat', 'boomer');
  await setStage(panel, 'Denial');
  await panel.getByRole('radio', { name: 'In a session' }).check();
  await expect(panel.getByRole('list', { name: 'Tips' }).getByRole('article')).toHaveCount(3);
  const patTips = await tipTitles();
  expect(patTips).not.toEqual(samTips);

  // A second Gen X protégé in resistance starts with the same tips as Sam.
  await addProtegeInPanel(panel, 'Alex', 'genx');
  await setStage(panel, 'Resistance');
  await panel.getByRole('radio', { name: 'In a session' }).check();
  await expect.poll(tipTitles).toEqual(samTips);

  // Sam says the first tip is not a fit: gone for Sam, still there for Alex.
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: 'Sam' });
  await panel.getByRole('radio', { name: 'In a session' }).check();
  await expect.poll(tipTitles).toEqual(samTips);
  await panel
    .getByRole('list', { name: 'Tips' })
    .getByRole('article')
    .first()
    .getByRole('button', { name: 'Not a fit' })
    .click();
  await expect(panel.getByText(/won’t be shown for Sam/)).toBeVisible();
  await expect.poll(tipTitles).not.toContain(samTips[0]);

  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: 'Alex' });
  await panel.getByRole('radio', { name: 'In a session' }).check();
  await expect.poll(tipTitles).toEqual(samTips);
});
