import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Adds a protégé from the side panel's form (first-run or "Add protégé"). */
export async function addProtegeInPanel(panel: Page, name: string, generation: string) {
  const addButton = panel.getByRole('button', { name: 'Add protégé' });
  if (await panel.getByRole('tab', { name: 'Coach' }).isVisible()) await addButton.click();
  await panel.getByRole('textbox', { name: 'Name' }).fill(name);
  await panel.getByRole('combobox', { name: 'Generation' }).selectOption(generation);
  await addButton.click();
  await expect(panel.getByRole('combobox', { name: 'Protégé' })).toContainText(name);
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: name });
}

export async function setStage(panel: Page, stage: string, evidence?: string) {
  if (evidence) await panel.getByRole('textbox', { name: /What did you notice/ }).fill(evidence);
  await panel.getByRole('radiogroup', { name: 'Change stage' }).getByRole('radio', { name: stage }).check();
}
