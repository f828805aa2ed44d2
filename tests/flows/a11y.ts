import { expect } from '@playwright/test';
import { itemsOf, OPTIONS_SIZE, PANEL_PAGE, PANEL_SIZE, POPUP_SIZE, tab, textbox, type ExtensionPage } from './driver';
import type { Flow } from './flow';
import { addSampleProtegeWithNotes, recordSampleStage } from './helpers';

const SCHEMES = ['light', 'dark'] as const;
const PANEL_TABS = ['Coach', 'Notes', 'Progress', 'Profile'] as const;

async function expectNoSeriousFindings(page: ExtensionPage, where: string) {
  for (const scheme of SCHEMES) {
    await page.setColorScheme(scheme);
    const findings = await page.axe();
    expect(findings, `${where} (${scheme}): ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }
}

export const axeEverySurface: Flow = {
  title: 'axe finds nothing serious or critical on the popup, each side panel tab and the options page, light and dark',
  timeoutMs: 90_000,
  async run(browser) {
    const firstRun = await browser.open('popup.html', POPUP_SIZE);
    await expect.poll(() => firstRun.count(textbox('Name'))).toBe(1);
    await expectNoSeriousFindings(firstRun, 'popup, first run');

    await addSampleProtegeWithNotes(firstRun);
    await expectNoSeriousFindings(firstRun, 'popup with a protégé');

    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await recordSampleStage(panel);
    for (const name of PANEL_TABS) {
      await panel.click(tab(name));
      await expect.poll(() => panel.count({ role: 'tabpanel', name })).toBe(1);
      if (name === 'Notes') await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(4);
      await expectNoSeriousFindings(panel, `side panel, ${name} tab`);
    }

    const options = await browser.open('options.html', OPTIONS_SIZE);
    await expect.poll(() => options.count({ role: 'heading', name: 'Mentor Up options' })).toBe(1);
    await expectNoSeriousFindings(options, 'options page');
  },
};
