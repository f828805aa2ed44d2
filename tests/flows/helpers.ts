import { expect } from '@playwright/test';
import { button, combobox, radio, tab, textbox, type ExtensionPage } from './driver';

/** Adds a protégé from the side panel's form (first run or "Add protégé") and picks them. */
export async function addProtegeInPanel(panel: ExtensionPage, name: string, generation: string) {
  if ((await panel.count(tab('Coach'))) > 0) await panel.click(button('Add protégé'));
  await panel.fill(textbox('Name'), name);
  await panel.selectOption(combobox('Generation'), { value: generation });
  await panel.click(button('Add protégé'));
  await expect.poll(() => panel.optionLabels(combobox('Protégé'))).toContain(name);
  await panel.selectOption(combobox('Protégé'), { label: name });
}

/** The first protégé, from the popup's first-run form. */
export async function addFirstProtegeInPopup(popup: ExtensionPage, name: string, generation: string) {
  await popup.fill(textbox('Name'), name);
  await popup.selectOption(combobox('Generation'), { value: generation });
  await popup.click(button('Add protégé'));
  await expect.poll(() => popup.selectedLabel(combobox('Protégé'))).toBe(name);
}

/** Saves a quick note in the popup and waits for "Saved", which shows only once the note is on disk. */
export async function saveQuickNote(popup: ExtensionPage, text: string) {
  await popup.fill(textbox('Quick note'), text);
  await popup.click(button('Save note'));
  await expect.poll(() => popup.text({ role: 'status' })).toBe('Saved');
}

export async function setStage(panel: ExtensionPage, stage: string, evidence?: string) {
  if (evidence) await panel.fill({ label: 'What did you notice? (optional)' }, evidence);
  await panel.check(radio(stage, 'Change stage'));
}

const SAMPLE_PROTEGE = 'Pat Lee';

const SAMPLE_NOTES = [
  { kind: 'note', text: 'Pat wants to post on LinkedIn without feeling exposed.' },
  { kind: 'action', text: 'Share the two-minute guide to hashtags.' },
  { kind: 'talking-point', text: 'Ask what felt risky about the first post.' },
  { kind: 'gratitude', text: 'Pat introduced me to the finance lead.' },
] as const;

/** Through the popup, the way a mentor would: a protégé and one note of each kind. */
export async function addSampleProtegeWithNotes(popup: ExtensionPage) {
  await addFirstProtegeInPopup(popup, SAMPLE_PROTEGE, 'boomer');
  for (const note of SAMPLE_NOTES) {
    await popup.selectOption(combobox('Kind'), { value: note.kind });
    await saveQuickNote(popup, note.text);
  }
}

/** Records a stage in the side panel's Progress tab, so the history has something to draw. */
export async function recordSampleStage(panel: ExtensionPage) {
  await panel.click(tab('Progress'));
  // Checked once the stage event is stored, not at the click: `check` waits for it.
  await panel.check(radio('Resistance', 'Change stage'));
}
