import { expect } from '@playwright/test';
import { button, itemsOf, PANEL_PAGE, PANEL_SIZE, tab, textbox, type ExtensionPage, type Target } from './driver';
import type { Flow } from './flow';
import { addProtegeInPanel } from './helpers';

const NOTES = [
  'Pat set up two-step sign-in on her phone.',
  'Café visit: Pat showed the team her first reel.',
  'Next time: shared calendars.',
];

const search: Target = { role: 'searchbox', name: 'Search notes' };

/** The note shown at `index` (newest first) in the list called `listName`. */
const noteAt = (index: number, listName = 'Notes'): Target => ({
  role: 'listitem',
  nth: index,
  within: { role: 'list', name: listName },
});

/** Where the note with `text` is in the list, once it is there (the list redraws as a search clears). */
async function indexOfNote(panel: ExtensionPage, text: string) {
  const find = async () => (await panel.texts(itemsOf('Notes'))).findIndex((item) => item.includes(text));
  await expect.poll(find, { message: `“${text}” in the notes` }).toBeGreaterThanOrEqual(0);
  return find();
}

export const notesSearchEditDelete: Flow = {
  title: 'Notes: search as you type, edit a note in place, delete it and undo',
  async run(browser) {
    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
    await panel.click(tab('Notes'));
    for (const text of NOTES) {
      await panel.fill(textbox('New note'), text);
      await panel.click(button('Save note'));
      await expect.poll(() => panel.value(textbox('New note'))).toBe('');
    }
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length);

    // Case and accents are ignored: "cafe" finds "Café".
    await panel.fill(search, 'cafe');
    await expect.poll(() => panel.texts(itemsOf('Search results'))).toEqual([expect.stringContaining('first reel')]);
    await panel.fill(search, 'nothing like this');
    await expect.poll(() => panel.count({ text: 'No notes match.' })).toBe(1);
    await panel.fill(search, '');
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length);

    // Edit in place: saved as you type, found by its new words.
    const reel = await indexOfNote(panel, 'first reel');
    await panel.click(button('Edit', noteAt(reel)));
    await panel.fill(textbox('Edit note'), 'Café visit: Pat posted her first reel and asked about captions.');
    await panel.click(button('Done'));
    await expect.poll(() => panel.count(textbox('Edit note'))).toBe(0);
    await panel.fill(search, 'captions');
    await expect
      .poll(() => panel.texts(itemsOf('Search results')))
      .toEqual([expect.stringContaining('asked about captions')]);
    await panel.fill(search, '');
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length);

    // Delete, then undo: the note is back, as it was.
    const calendars = await indexOfNote(panel, 'shared calendars');
    await panel.click(button('Delete', noteAt(calendars)));
    await expect
      .poll(() => panel.texts(itemsOf('Notes')))
      .not.toContainEqual(expect.stringContaining('shared calendars'));
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length - 1);
    await expect.poll(() => panel.count({ text: 'Note deleted.' })).toBe(1);
    await panel.click(button('Undo'));
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length);

    // What the panel shows is what is stored: the same after a reload.
    await panel.reload();
    await panel.click(tab('Notes'));
    await expect
      .poll(() => panel.texts(itemsOf('Notes')))
      .toEqual([
        expect.stringContaining('shared calendars'),
        expect.stringContaining('asked about captions'),
        expect.stringContaining('two-step sign-in'),
      ]);

    // A deletion not undone stays deleted.
    await panel.click(button('Delete', noteAt(await indexOfNote(panel, 'two-step sign-in'))));
    await expect.poll(() => panel.count(itemsOf('Notes'))).toBe(NOTES.length - 1);
    await panel.reload();
    await panel.click(tab('Notes'));
    await expect
      .poll(() => panel.texts(itemsOf('Notes')))
      .toEqual([expect.stringContaining('shared calendars'), expect.stringContaining('asked about captions')]);
  },
};
