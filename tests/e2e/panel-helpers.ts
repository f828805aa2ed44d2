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

/** Holds a write on the protégés from `page` until the returned release is called, so no other page's write commits. */
export async function holdProtegeWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((holding) => {
        const request = indexedDB.open('mentor-up');
        request.onsuccess = () => {
          const store = request.result.transaction('proteges', 'readwrite').objectStore('proteges');
          const hold = () => {
            if (!(window as unknown as { release?: boolean }).release) store.count().onsuccess = hold;
          };
          hold();
          holding();
        };
      }),
  );
  return () => page.evaluate(() => void Object.assign(window, { release: true }));
}
