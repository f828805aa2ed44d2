import { expect } from '@playwright/test';
import { button, combobox, list, PANEL_PAGE, PANEL_SIZE, radio, type ExtensionPage, type Target } from './driver';
import type { Flow } from './flow';
import { addProtegeInPanel, setStage } from './helpers';

const TIPS = list('Tips');
const tipArticles: Target = { role: 'article', within: TIPS };

/** The titles of the tips shown now: each tip is an article whose heading is its title. */
const tipTitles = (panel: ExtensionPage) => panel.texts({ role: 'heading', within: TIPS });

async function inSession(panel: ExtensionPage) {
  await panel.check(radio('In a session'));
  await expect.poll(() => panel.count(tipArticles)).toBe(3);
}

export const coachingFollowsProtege: Flow = {
  title: 'tips follow generation and stage, and "Not a fit" is per protégé',
  async run(browser) {
    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);

    await addProtegeInPanel(panel, 'Sam', 'genx');
    await setStage(panel, 'Resistance');
    await inSession(panel);
    const samTips = await tipTitles(panel);
    expect(samTips).toHaveLength(3);

    await addProtegeInPanel(panel, 'Pat', 'boomer');
    await setStage(panel, 'Denial');
    await inSession(panel);
    const patTips = await tipTitles(panel);
    expect(patTips).not.toEqual(samTips);

    // A second Gen X protégé in resistance starts with the same tips as Sam.
    await addProtegeInPanel(panel, 'Alex', 'genx');
    await setStage(panel, 'Resistance');
    await inSession(panel);
    await expect.poll(() => tipTitles(panel)).toEqual(samTips);

    // Sam says the first tip is not a fit: gone for Sam, still there for Alex.
    await panel.selectOption(combobox('Protégé'), { label: 'Sam' });
    await inSession(panel);
    await expect.poll(() => tipTitles(panel)).toEqual(samTips);
    await panel.click(button('Not a fit', { role: 'article', nth: 0, within: TIPS }));
    await expect.poll(() => panel.count({ text: `“${samTips[0]}” won’t be shown for Sam.` })).toBe(1);
    await expect.poll(() => tipTitles(panel)).not.toContain(samTips[0]);

    await panel.selectOption(combobox('Protégé'), { label: 'Alex' });
    await inSession(panel);
    await expect.poll(() => tipTitles(panel)).toEqual(samTips);
  },
};
