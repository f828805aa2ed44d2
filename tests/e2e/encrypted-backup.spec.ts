import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

const OPTIONS_SIZE = { width: 900, height: 1000 };
const PASSPHRASE = 'a kettle for the third floor';
const NOTE = 'Pat wants to try the team channel before Friday.';

function backupSection(options: Page) {
  return options.getByRole('region', { name: 'Backup and export' });
}

test.describe.serial('a backup locked with a passphrase', () => {
  let lockedFile = '';

  test('is exported only once the passphrase is typed the same twice, and holds no readable text', async ({
    openPage,
  }) => {
    const popup = await openPage('popup.html', POPUP_SIZE);
    await popup.getByRole('textbox', { name: 'Name' }).fill('Pat Lee');
    await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
    await popup.getByRole('button', { name: 'Add protégé' }).click();
    await popup.getByRole('textbox', { name: 'Quick note' }).fill(NOTE);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await expect(popup.getByRole('status')).toHaveText('Saved');

    const options = await openPage('options.html', OPTIONS_SIZE);
    const section = backupSection(options);
    await expect(section).toContainText('Removing Mentor Up from your browser deletes everything it keeps');
    const downloads: string[] = [];
    options.on('download', (download) => downloads.push(download.suggestedFilename()));

    await section.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await expect(section.getByText('no one can recover a lost passphrase')).toBeVisible();
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByLabel('Confirm passphrase').fill(`${PASSPHRASE}!`);
    await section.getByRole('button', { name: 'Export backup' }).click();
    await expect(section.getByRole('alert')).toContainText('The two passphrases are not the same');
    expect(downloads).toEqual([]);

    await section.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentor-up-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
    await expect(section.getByRole('status')).toHaveText(
      'Backup exported, locked with your passphrase: 1 protégé, 1 note.',
    );
    lockedFile = path.join(await mkdtemp(path.join(tmpdir(), 'mentor-up-locked-')), download.suggestedFilename());
    await download.saveAs(lockedFile);
    const text = await readFile(lockedFile, 'utf8');
    expect((JSON.parse(text) as { format: string }).format).toBe('mentor-up-encrypted-backup');
    expect(text).not.toContain('Pat');
    expect(text).not.toContain('team channel');
  });

  test('a damaged copy and a wrong passphrase are refused with nothing changed; the right one restores it', async ({
    openPage,
  }) => {
    expect(lockedFile).not.toBe('');
    const options = await openPage('options.html', OPTIONS_SIZE);
    const section = backupSection(options);
    const text = await readFile(lockedFile, 'utf8');

    // One character of the encrypted data changed.
    const envelope = JSON.parse(text) as { ciphertext: string };
    const middle = Math.floor(envelope.ciphertext.length / 2);
    const flipped = envelope.ciphertext[middle] === 'A' ? 'B' : 'A';
    envelope.ciphertext = envelope.ciphertext.slice(0, middle) + flipped + envelope.ciphertext.slice(middle + 1);
    await section.getByLabel('Backup file').setInputFiles({
      name: 'changed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(envelope)),
    });
    await section.getByRole('button', { name: 'Import backup' }).click();
    await expect(section.getByLabel('Backup passphrase')).toBeFocused();
    await options.keyboard.type(PASSPHRASE);
    await options.keyboard.press('Enter');
    await expect(section.getByRole('alert')).toContainText('changed.json was not imported. Nothing was changed.');
    await expect(section.getByRole('alert')).toContainText('changed or damaged since it was made');

    await section.getByLabel('Backup file').setInputFiles(lockedFile);
    await section.getByRole('button', { name: 'Import backup' }).click();
    await section.getByLabel('Backup passphrase').fill('a kettle for the fourth floor');
    await section.getByRole('button', { name: 'Unlock backup' }).click();
    const alert = section.getByRole('alert');
    await expect(alert).toContainText(`${path.basename(lockedFile)} was not imported. Nothing was changed.`);
    await expect(alert).toContainText('That passphrase does not open this backup.');
    await expect(options.getByRole('button', { name: 'Confirm import' })).toHaveCount(0);
    await expect(section.getByRole('combobox', { name: 'Protégé' }).getByRole('option')).toHaveText(['All protégés']);
    const firstRun = await openPage('popup.html', POPUP_SIZE);
    await expect(firstRun.getByRole('textbox', { name: 'Name' })).toBeVisible();
    await firstRun.close();

    await section.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Unlock backup' }).click();
    const preview = options.getByRole('table', { name: 'What the import will change' });
    await expect(preview.getByRole('row', { name: /^Notes/ }).getByRole('cell')).toHaveText(['1', '0', '0', '0', '0']);
    await expect(section.getByRole('alert')).toHaveCount(0);
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await expect(section.getByRole('status')).toHaveText(
      `Imported ${path.basename(lockedFile)}: 2 items added, 0 replaced.`,
    );

    const panel = await openPage('sidepanel.html', PANEL_SIZE);
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([new RegExp(NOTE)]);
  });
});
