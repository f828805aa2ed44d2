import type { Page } from '@playwright/test';
import { seriousAxeFindings } from './axe';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

const DARK_BACKGROUND = 'rgb(22, 24, 28)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const textColourOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);
/** The size body text is drawn at, which is what a person reads. */
const textSize = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);

test('the dark theme chosen on the options page applies in the popup and the side panel, live', async ({
  openPage,
}) => {
  const options = await openPage('options.html', { width: 900, height: 900 });
  const themeGroup = options.getByRole('radiogroup', { name: 'Theme' });
  await expect(themeGroup.getByRole('radio', { name: 'Same as my system' })).toBeChecked();
  await themeGroup.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => backgroundOf(options)).toBe(DARK_BACKGROUND);

  const popup = await openPage('popup.html', POPUP_SIZE);
  await expect(popup.getByRole('heading', { name: 'Mentor Up' })).toBeVisible();
  expect(await backgroundOf(popup)).toBe(DARK_BACKGROUND);
  expect(await textColourOf(popup)).toBe('rgb(236, 238, 242)');

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await expect(panel.locator('#root')).not.toBeEmpty();
  expect(await backgroundOf(panel)).toBe(DARK_BACKGROUND);

  // Chosen dark on a light system: contrast still meets WCAG AA everywhere.
  for (const [where, page] of [
    ['popup', popup],
    ['side panel', panel],
    ['options', options],
  ] as const) {
    await page.emulateMedia({ colorScheme: 'light' });
    const findings = await seriousAxeFindings(page);
    expect(findings, `${where}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }

  // Changed while both are open: they follow without a reload.
  await options.bringToFront();
  await themeGroup.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => backgroundOf(popup)).toBe(LIGHT_BACKGROUND);
  await expect.poll(() => backgroundOf(panel)).toBe(LIGHT_BACKGROUND);

  // The choice is stored: a popup opened later starts with it.
  await popup.close();
  const reopened = await openPage('popup.html', POPUP_SIZE);
  await expect(reopened.getByRole('heading', { name: 'Mentor Up' })).toBeVisible();
  expect(await backgroundOf(reopened)).toBe(LIGHT_BACKGROUND);
});

test('the text size chosen on the options page applies in the popup and the side panel', async ({ openPage }) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await expect(popup.getByRole('heading', { name: 'Mentor Up' })).toBeVisible();
  expect(await textSize(popup)).toBe('15px');
  const headingBefore = await popup
    .getByRole('heading', { name: 'Mentor Up' })
    .evaluate((h) => h.getBoundingClientRect().height);

  const options = await openPage('options.html', { width: 900, height: 900 });
  await options.getByRole('radiogroup', { name: 'Text size' }).getByRole('radio', { name: 'Extra large' }).check();

  await expect.poll(() => textSize(popup)).toBe('21px');
  const headingAfter = await popup
    .getByRole('heading', { name: 'Mentor Up' })
    .evaluate((h) => h.getBoundingClientRect().height);
  expect(headingAfter).toBeGreaterThan(headingBefore);

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await expect(panel.locator('#root')).not.toBeEmpty();
  expect(await textSize(panel)).toBe('21px');
});

test('the options page shows the keyboard shortcuts and the call-page hints switch, off', async ({ openPage }) => {
  const options = await openPage('options.html', { width: 900, height: 900 });
  await expect(options.getByText('Alt+Shift+U')).toBeVisible();
  await expect(options.getByText('Alt+Shift+Y')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Change shortcuts' })).toBeVisible();
  await expect(options.getByRole('checkbox', { name: 'Coaching hints on call pages' })).not.toBeChecked();
});
