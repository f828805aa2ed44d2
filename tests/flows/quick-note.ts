import { expect } from '@playwright/test';
import { button, combobox, itemsOf, PANEL_PAGE, PANEL_SIZE, POPUP_SIZE, tab, textbox } from './driver';
import type { Flow } from './flow';
import { addFirstProtegeInPopup } from './helpers';

export const firstRunQuickNote: Flow = {
  title: 'first run: add a protégé in the popup, save a note, see it live in the side panel',
  async run(browser) {
    const popup = await browser.open('popup.html', POPUP_SIZE);
    await addFirstProtegeInPopup(popup, 'Pat Lee', 'boomer');

    const box = textbox('Quick note');
    await popup.fill(box, 'Pat wants to post on LinkedIn without feeling exposed.');
    await popup.click(button('Save note'));
    await expect.poll(() => popup.text({ role: 'status' })).toBe('Saved');
    await expect.poll(() => popup.value(box)).toBe('');

    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await panel.click(tab('Notes'));
    const notes = itemsOf('Notes');
    await expect.poll(() => panel.texts(notes)).toEqual([expect.stringMatching(/Pat wants to post on LinkedIn/)]);

    // Saved from the popup while the panel is open: it appears without a reload.
    await popup.fill(box, 'Action: share the two-minute guide to hashtags.');
    await popup.selectOption(combobox('Kind'), { value: 'action' });
    await popup.press('Control+Enter', box);
    await expect.poll(() => popup.text({ role: 'status' })).toBe('Saved');
    await expect
      .poll(() => panel.texts(notes))
      .toEqual([expect.stringMatching(/Action item.*two-minute guide/), expect.stringMatching(/Pat wants to post/)]);
  },
};

/** The popup closed this long after the last key: at once, within a frame or two, and after a pause. */
const CLOSE_DELAYS_MS = [0, 50, 300] as const;

export const closedPopupKeepsText: Flow[] = CLOSE_DELAYS_MS.map((delay) => ({
  title: `text typed and the popup closed ${delay} ms after the last key is there on reopen`,
  async run(browser) {
    const setup = await browser.open('popup.html', POPUP_SIZE);
    await addFirstProtegeInPopup(setup, 'Sam', 'genx');
    await setup.close();

    const popup = await browser.open('popup.html', POPUP_SIZE);
    const box = textbox('Quick note');
    await expect.poll(() => popup.isFocused(box)).toBe(true);
    const text = `Sam asked about Copilot in Outlook — closed after ${delay} ms.`;
    await popup.type(text);
    if (delay > 0) await popup.wait(delay);
    await popup.close();

    const reopened = await browser.open('popup.html', POPUP_SIZE);
    await expect.poll(() => reopened.value(box)).toBe(text);
    // Typing on carries on where the text ended.
    await expect.poll(() => reopened.isFocused(box)).toBe(true);
    await reopened.type(' More.');
    await expect.poll(() => reopened.value(box)).toBe(`${text} More.`);
  },
}));
