import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SAMPLE_PROTEGE = 'Pat Lee';

const SAMPLE_NOTES = [
  { kind: 'note', text: 'Pat wants to post on LinkedIn without feeling exposed.' },
  { kind: 'action', text: 'Share the two-minute guide to hashtags.' },
  { kind: 'talking-point', text: 'Ask what felt risky about the first post.' },
  { kind: 'gratitude', text: 'Pat introduced me to the finance lead.' },
] as const;

/** Through the popup, the way a mentor would: a protégé and one note of each kind. */
export async function addSampleProtegeWithNotes(popup: Page) {
  await popup.getByRole('textbox', { name: 'Name' }).fill(SAMPLE_PROTEGE);
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toBeVisible();
  const status = popup.getByRole('status');
  for (const note of SAMPLE_NOTES) {
    await popup.getByRole('combobox', { name: 'Kind' }).selectOption(note.kind);
    await popup.getByRole('textbox', { name: 'Quick note' }).fill(note.text);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await expect(status).toHaveText('Saved');
  }
}

/** Records a stage in the side panel's Progress tab, so the history has something to draw. */
export async function recordSampleStage(panel: Page) {
  await panel.getByRole('tab', { name: 'Progress' }).click();
  const resistance = panel.getByRole('radiogroup', { name: 'Change stage' }).getByRole('radio', { name: 'Resistance' });
  // Checked once the stage event is stored, not at the click, so wait for it rather than `check()`.
  await resistance.click();
  await expect(resistance).toBeChecked();
}
