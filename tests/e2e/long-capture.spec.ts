import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clickContextMenu } from './context-menu-click';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

const OPTIONS_SIZE = { width: 900, height: 1000 };

// A sign-in link and a page title of three thousand characters each: longer than a backup
// keeps, and a page may choose both.
const PAGE_URL = `https://docs.example.com/shared/report?${'session=0123456789abcdef&'.repeat(120)}`;
const PAGE_TITLE = 'Quarterly report draft'.padEnd(3000, ' draft');

interface BackupFile {
  notes: { text: string; source: { url?: string; title?: string } }[];
}

test.describe.serial('a page with a very long title and address', () => {
  let backupFile = '';

  test('captured by the context menu, is saved and exported', async ({ context, openPage }) => {
    test.setTimeout(60_000);
    expect(PAGE_URL.length).toBeGreaterThanOrEqual(3000);
    expect(PAGE_TITLE).toHaveLength(3000);
    const popup = await openPage('popup.html', POPUP_SIZE);
    await popup.getByRole('textbox', { name: 'Name' }).fill('Pat Lee');
    await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
    await popup.getByRole('button', { name: 'Add protégé' }).click();
    await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Pat Lee');

    const badge = await clickContextMenu(
      context,
      { menuItemId: 'save-page-link', pageUrl: PAGE_URL },
      { url: PAGE_URL, title: PAGE_TITLE },
    );
    expect(badge).toBe('✓');

    const options = await openPage('options.html', OPTIONS_SIZE);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    backupFile = path.join(await mkdtemp(path.join(tmpdir(), 'mentor-up-long-')), download.suggestedFilename());
    await download.saveAs(backupFile);
    const backup = JSON.parse(await readFile(backupFile, 'utf8')) as BackupFile;
    expect(backup.notes).toHaveLength(1);
    expect(backup.notes[0]?.text).toBe(`${PAGE_TITLE}\n${PAGE_URL}`);
    expect(backup.notes[0]?.source.url).toBe(PAGE_URL.slice(0, 2048));
    expect(backup.notes[0]?.source.title?.length).toBeLessThanOrEqual(500);
  });

  test('imported into a fresh profile, it is restored', async ({ openPage }) => {
    expect(backupFile).not.toBe('');
    const options = await openPage('options.html', OPTIONS_SIZE);
    await options.getByLabel('Backup file').setInputFiles(backupFile);
    await options.getByRole('button', { name: 'Import backup' }).click();
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await expect(
      options
        .getByRole('region', { name: 'Backup and export' })
        .getByRole('status')
        .filter({ hasText: /^Imported/ }),
    ).toBeVisible();

    const panel = await openPage('sidepanel.html', PANEL_SIZE);
    await panel.getByRole('tab', { name: 'Notes' }).click();
    const notes = panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    await expect(notes).toHaveCount(1);
    await expect(notes.first()).toContainText('Quarterly report draft');
    const link = notes.first().getByRole('link', { name: /^Quarterly report draft/ });
    await expect(link).toHaveAttribute('href', PAGE_URL.slice(0, 2048));
    await expect(notes.first()).toContainText('(docs.example.com)');
  });
});
