import { expect } from '@playwright/test';
import {
  button,
  combobox,
  itemsOf,
  OPTIONS_SIZE,
  PANEL_PAGE,
  PANEL_SIZE,
  POPUP_SIZE,
  tab,
  type ExtensionBrowser,
  type ExtensionPage,
  type Target,
} from './driver';
import type { Flow } from './flow';
import { addFirstProtegeInPopup, saveQuickNote } from './helpers';

const BACKUP_SECTION: Target = { role: 'region', name: 'Backup and export' };
const PREVIEW: Target = { role: 'table', name: 'What the import will change' };
const BACKUP_FILE: Target = { label: 'Backup file' };

/** The counts in the import preview's row for one kind of record (new, replaced, kept, same, left out). */
async function previewCounts(options: ExtensionPage, kind: string) {
  const rows = await options.texts({ role: 'row', within: PREVIEW });
  const index = rows.findIndex((row) => row.startsWith(kind));
  if (index < 0) return [];
  return options.texts({ role: 'cell', within: { role: 'row', nth: index, within: PREVIEW } });
}

async function notesInPanel(browser: ExtensionBrowser) {
  const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
  await panel.click(tab('Notes'));
  return { panel, notes: () => panel.texts(itemsOf('Notes')) };
}

async function importFile(options: ExtensionPage, file: { name: string; text: string }) {
  await options.upload(BACKUP_FILE, file);
  await options.click(button('Import backup'));
}

export const exportThenImportElsewhere: Flow = {
  title:
    'Export backup and Export Markdown download the notes; the backup imported into a fresh profile brings them back',
  timeoutMs: 90_000,
  async run(browser) {
    const text = 'Pat wants to post on LinkedIn without feeling exposed.';
    const popup = await browser.open('popup.html', POPUP_SIZE);
    await addFirstProtegeInPopup(popup, 'Pat Lee', 'boomer');
    await saveQuickNote(popup, text);

    const options = await browser.open('options.html', OPTIONS_SIZE);
    const backup = await options.download(button('Export backup'));
    expect(backup.name).toMatch(/^mentor-up-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text) as { format: string; notes: { text: string }[] };
    expect(parsed.format).toBe('mentor-up-backup');
    expect(parsed.notes.map((n) => n.text)).toEqual([text]);

    await options.selectOption(combobox('Protégé'), { label: 'Pat Lee' });
    const markdown = await options.download(button('Export Markdown'));
    expect(markdown.name).toMatch(/^mentor-up-pat-lee-.*\.md$/);
    expect(markdown.text).toContain('# Pat Lee');
    expect(markdown.text).toContain(text);

    // Another browser profile, as another device would be: nothing there until the import.
    const elsewhere = await browser.freshProfile();
    const restore = await elsewhere.open('options.html', OPTIONS_SIZE);
    await importFile(restore, backup);
    await expect.poll(() => previewCounts(restore, 'Notes')).toEqual(['1', '0', '0', '0', '0']);
    await restore.click(button('Confirm import'));
    await expect
      .poll(() => restore.text({ role: 'status', within: BACKUP_SECTION }))
      .toMatch(new RegExp(`^Imported ${backup.name.replace(/\./g, '\\.')}: 2 items added, 0 replaced\\.$`));

    const { notes } = await notesInPanel(elsewhere);
    await expect.poll(notes).toEqual([expect.stringContaining(text)]);
  },
};

const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';

/** A valid backup as another device would have written it: one protégé and two notes. */
function otherDeviceBackup() {
  const at = Date.UTC(2026, 1, 1, 10);
  return {
    format: 'mentor-up-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: new Date(at).toISOString(),
    proteges: [{ id: PAT, name: 'Pat Lee', generation: 'boomer', archived: false, createdAt: at, updatedAt: at }],
    notes: ['Pat wants a LinkedIn headline.', 'Pat asked about hashtags.'].map((text, i) => ({
      id: `8a0e5d6c-1b2f-4e3a-8c7d-9f0a1b2c3d4${i}`,
      protegeId: PAT,
      kind: 'note',
      text,
      source: { kind: 'popup' },
      createdAt: at + i,
      updatedAt: at + i,
    })),
    stageEvents: [],
    sessions: [],
    goals: [],
    tipFeedback: [],
  };
}

export const badFileChangesNothing: Flow = {
  title: 'a bad backup file is refused with an alert that says why, and nothing is changed',
  async run(browser) {
    const popup = await browser.open('popup.html', POPUP_SIZE);
    await addFirstProtegeInPopup(popup, 'Sam', 'genx');
    await saveQuickNote(popup, 'Sam prefers phone calls.');
    const options = await browser.open('options.html', OPTIONS_SIZE);
    const alert: Target = { role: 'alert', within: BACKUP_SECTION };

    const good = otherDeviceBackup();
    await importFile(options, { name: 'cut.json', text: JSON.stringify(good).slice(0, 300) });
    await options.waitForText(alert, 'cut.json was not imported. Nothing was changed.');
    await options.waitForText(alert, 'not valid JSON');

    // One wrong record spoils the whole file: the valid ones are not written either.
    const oneBad = { ...good, notes: [...good.notes, { ...good.notes[0]!, id: 'not-an-id' }] };
    await importFile(options, { name: 'bad.json', text: JSON.stringify(oneBad) });
    await options.waitForText(alert, 'bad.json was not imported. Nothing was changed.');
    await options.waitForText(alert, 'Note 3 (“Pat wants a LinkedIn headline.”), id is not a valid id.');
    expect(await options.count(button('Confirm import'))).toBe(0);

    await expect.poll(() => options.optionLabels(combobox('Protégé'))).toEqual(['All protégés', 'Sam']);
    const { notes } = await notesInPanel(browser);
    await expect.poll(notes).toEqual([expect.stringContaining('Sam prefers phone calls.')]);
  },
};
