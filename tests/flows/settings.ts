import { expect } from '@playwright/test';
import { OPTIONS_SIZE, PANEL_PAGE, PANEL_SIZE, POPUP_SIZE, radio, type ExtensionPage } from './driver';
import type { Flow } from './flow';

const DARK_BACKGROUND = 'rgb(22, 24, 28)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const backgroundOf = (page: ExtensionPage) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const textColourOf = (page: ExtensionPage) => page.evaluate(() => getComputedStyle(document.body).color);
/** The size body text is drawn at, which is what a person reads. */
const textSizeOf = (page: ExtensionPage) => page.evaluate(() => getComputedStyle(document.body).fontSize);
const drawn = (page: ExtensionPage) =>
  page.evaluate(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);

export const settingsApplyLive: Flow = {
  title: 'theme and text size chosen on the options page apply live in the open side panel and popup, and stay chosen',
  async run(browser) {
    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    const popup = await browser.open('popup.html', POPUP_SIZE);
    for (const page of [panel, popup]) await expect.poll(() => drawn(page)).toBe(true);
    await panel.setColorScheme('light');
    expect(await backgroundOf(panel)).toBe(LIGHT_BACKGROUND);
    expect(await textSizeOf(panel)).toBe('15px');

    const options = await browser.open('options.html', OPTIONS_SIZE);
    expect(await options.isChecked(radio('Same as my system', 'Theme'))).toBe(true);
    await options.check(radio('Dark', 'Theme'));
    // Chosen dark on a light system: every open page follows without a reload.
    for (const page of [options, panel, popup]) await expect.poll(() => backgroundOf(page)).toBe(DARK_BACKGROUND);
    expect(await textColourOf(panel)).toBe('rgb(236, 238, 242)');

    await options.check(radio('Light', 'Theme'));
    for (const page of [panel, popup]) await expect.poll(() => backgroundOf(page)).toBe(LIGHT_BACKGROUND);

    const headingHeight = () =>
      panel.evaluate(() => document.querySelector('h1, h2')?.getBoundingClientRect().height ?? 0);
    const before = await headingHeight();
    await options.check(radio('Extra large', 'Text size'));
    for (const page of [panel, popup]) await expect.poll(() => textSizeOf(page)).toBe('21px');
    expect(await headingHeight()).toBeGreaterThan(before);

    // The choices are stored: a page opened later starts with them.
    await panel.close();
    const reopened = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await expect.poll(() => drawn(reopened)).toBe(true);
    expect(await backgroundOf(reopened)).toBe(LIGHT_BACKGROUND);
    expect(await textSizeOf(reopened)).toBe('21px');
  },
};
