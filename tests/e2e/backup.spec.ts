import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

const OPTIONS_SIZE = { width: 900, height: 1000 };

const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Pat';
const HOSTILE_NOTES = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '[open me](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">link</a>',
];

async function addProtegeAndNote(page: Page, name: string, text: string) {
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await page.getByRole('button', { name: 'Add protégé' }).click();
  const box = page.getByRole('textbox', { name: 'Quick note' });
  await box.fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** The options page has other sections with their own status lines. */
function backupSection(options: Page) {
  return options.getByRole('region', { name: 'Backup and export' });
}

async function importFile(options: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await options.getByLabel('Backup file').setInputFiles(file);
  await options.getByRole('button', { name: 'Import backup' }).click();
}

async function panelNotes(openPage: (file: string, size?: { width: number; height: number }) => Promise<Page>) {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  return { panel, notes: panel.getByRole('list', { name: 'Notes' }).getByRole('listitem') };
}

/** A backup file as another device would have written it, with text that tries to run. */
function hostileBackup() {
  const at = Date.UTC(2026, 1, 1, 10);
  return {
    format: 'mentor-up-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: new Date(at).toISOString(),
    proteges: [{ id: PAT, name: HOSTILE_NAME, generation: 'boomer', archived: false, createdAt: at, updatedAt: at }],
    notes: HOSTILE_NOTES.map((text, i) => ({
      id: `8a0e5d6c-1b2f-4e3a-8c7d-9f0a1b2c3d4${i}`,
      protegeId: PAT,
      kind: 'note',
      text,
      source: {
        kind: 'selection',
        url: 'javascript:window.__pwned=1',
        title: '<b onmouseover="window.__pwned=1">page</b>',
      },
      createdAt: at + i,
      updatedAt: at + i,
    })),
    stageEvents: [],
    sessions: [],
    goals: [],
    tipFeedback: [],
  };
}

/** Nothing the text tried has happened on this page. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const root = page.locator('#root');
  await expect(root.locator('script, img, iframe, object, embed')).toHaveCount(0);
  await expect(root.locator('[onerror], [onmouseover], [onclick]')).toHaveCount(0);
  const hrefs = await root.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
}

// Export backup and Export Markdown, then the backup imported into a fresh profile, is a shared
// flow (tests/flows/backup.ts), run by flows.spec.ts here and in Firefox.

test('a bad file shows an alert and changes nothing', async ({ openPage }) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await addProtegeAndNote(popup, 'Sam', 'Sam prefers phone calls.');
  const options = await openPage('options.html', OPTIONS_SIZE);

  const good = hostileBackup();
  const cut = JSON.stringify(good).slice(0, 300);
  await importFile(options, { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  await expect(backupSection(options).getByRole('alert')).toContainText(
    'cut.json was not imported. Nothing was changed.',
  );
  await expect(backupSection(options).getByRole('alert')).toContainText('not valid JSON');

  // One wrong record spoils the whole file: the valid ones are not written either.
  const oneBad = { ...good, notes: [...good.notes, { ...good.notes[0]!, id: 'not-an-id' }] };
  await importFile(options, {
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(oneBad)),
  });
  await expect(backupSection(options).getByRole('alert')).toContainText(
    'bad.json was not imported. Nothing was changed.',
  );
  await expect(backupSection(options).getByRole('alert')).toContainText(
    'Note 5 (“<script>window.__pwned = 1</script>”), id is not a valid id.',
  );
  await expect(options.getByRole('button', { name: 'Confirm import' })).toHaveCount(0);

  await expect(options.getByRole('combobox', { name: 'Protégé' }).getByRole('option')).toHaveText([
    'All protégés',
    'Sam',
  ]);
  const { notes } = await panelNotes(openPage);
  await expect(notes).toHaveText([/Sam prefers phone calls\./]);
});

test('hostile note text stays inert in the popup, side panel, options and Markdown export', async ({
  openPage,
  context,
}) => {
  const dialogs: string[] = [];
  context.on('page', (page) =>
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))),
  );

  const options = await openPage('options.html', OPTIONS_SIZE);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'mentor-up-hostile-')), 'hostile.json');
  await writeFile(file, JSON.stringify(hostileBackup()));
  await importFile(options, file);
  await options.getByRole('button', { name: 'Confirm import' }).click();
  await expect(backupSection(options).getByRole('status')).toHaveText(/^Imported hostile\.json: 5 items added/);
  await expect(options.getByRole('combobox', { name: 'Protégé' }).getByRole('option')).toHaveText([
    'All protégés',
    HOSTILE_NAME,
  ]);
  await expectInert(options);

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('\\<script\\>');
  // An escaped `\](` is text; an unescaped one would start a link.
  expect(markdown).not.toMatch(/(?<!\\)\]\(<?javascript:/i);
  expect(markdown).not.toMatch(/(^|[^\\])<(img|script|a|b)\b/);

  const popup = await openPage('popup.html', POPUP_SIZE);
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText(HOSTILE_NAME);
  await expectInert(popup);

  const { panel, notes } = await panelNotes(openPage);
  await expect(notes).toHaveCount(HOSTILE_NOTES.length);
  for (const text of HOSTILE_NOTES) await expect(panel.getByText(text, { exact: true })).toBeVisible();
  await panel.getByRole('tab', { name: 'Profile' }).click();
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expectInert(panel);
  expect(dialogs).toEqual([]);
});

test('notes that cannot be opened show what happened, recovery steps and a copy to save, not a blank page', async ({
  openPage,
}) => {
  // A store written by the first release holding a record the next upgrade cannot read,
  // as a damaged disk or a bug would leave it.
  const page = await openPage('manifest.json');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mentor-up', 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('proteges', { keyPath: 'id' });
          db.createObjectStore('notes', { keyPath: 'id' }).createIndex('[protegeId+createdAt]', [
            'protegeId',
            'createdAt',
          ]);
          for (const name of ['stageEvents', 'sessions', 'goals', 'tipFeedback'])
            db.createObjectStore(name, { keyPath: 'id' });
          const pat = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';
          const tx = request.transaction!;
          tx.objectStore('proteges').put({
            id: pat,
            name: 'Pat Lee',
            generation: 'boomer',
            archived: false,
            createdAt: 1,
            updatedAt: 1,
          });
          tx.objectStore('notes').put({
            id: '8a0e5d6c-1b2f-4e3a-8c7d-9f0a1b2c3d4e',
            protegeId: pat,
            kind: 'note',
            text: 'Kept safe',
            source: { kind: 'popup' },
            createdAt: 1,
            updatedAt: 1,
          });
          tx.objectStore('notes').put({
            id: '9b1f6e7d-2c30-4f4b-9d8e-0a1b2c3d4e5f',
            protegeId: pat,
            kind: 'note',
            text: 42,
            source: { kind: 'popup' },
            createdAt: 2,
            updatedAt: 2,
          });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.close();

  for (const file of ['popup.html', 'options.html']) {
    const surface = await openPage(file, file === 'popup.html' ? POPUP_SIZE : OPTIONS_SIZE);
    const problem = surface.getByRole('alert');
    await expect(problem.getByRole('heading', { name: 'Mentor Up could not open your notes' })).toBeVisible();
    await expect(problem).toContainText('have not been deleted');
    await expect(problem.getByRole('listitem').first()).toBeVisible();
    await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
  }

  const options = await openPage('options.html', OPTIONS_SIZE);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Save a copy of my notes' }).click(),
  ]);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8')) as { notes: { text: unknown }[] };
  expect(copy.notes.map((n) => n.text)).toEqual(['Kept safe', 42]);
});

test('a backup with records the product itself once wrote badly is recovered with warnings, after a safety copy', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await addProtegeAndNote(popup, 'Sam', 'Sam prefers phone calls.');
  const options = await openPage('options.html', OPTIONS_SIZE);
  const [exported] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  type Row = Record<string, unknown>;
  const file = JSON.parse(await readFile(await exported.path(), 'utf8')) as Row & { notes: Row[]; goals: Row[] };
  const madeAt = Date.parse(file.exportedAt as string);

  // The file's copy of Sam's note is newer than this device's: it will replace it.
  file.notes[0] = { ...file.notes[0], text: 'Sam prefers phone calls, mornings only.', updatedAt: madeAt };
  // A capture kept for a protégé deleted since, from a page with a very long title and address.
  const gone = '0f0e0d0c-0b0a-4908-8706-050403020100';
  file.notes.push({
    id: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
    protegeId: gone,
    kind: 'note',
    text: 'Read the single sign-on guide',
    source: { kind: 'selection', url: `https://sso.example.com/login?${'q'.repeat(3000)}`, title: 'T'.repeat(3000) },
    createdAt: madeAt,
    updatedAt: madeAt,
  });
  file.goals.push({
    id: '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f',
    protegeId: gone,
    title: 'Goal of the deleted protégé',
    done: false,
    createdAt: madeAt,
  });
  await importFile(options, {
    name: 'repaired.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });

  const warnings = options.getByRole('list', { name: 'Imported differently from the file' }).getByRole('listitem');
  await expect(warnings).toHaveText([
    /^Note 2 \(“Read the single sign-on guide”\), page address is 3,030 characters, over the 2,048 allowed/,
    /^Note 2 \(“Read the single sign-on guide”\), page title is 3,000 characters, over the 500 allowed/,
    /^Goal 1 \(“Goal of the deleted protégé”\) belongs to a protégé that is neither in the file nor on this device: it will go to the inbox .* as a note that says what it was\.$/,
    /^Note 2 \(“Read the single sign-on guide”\) belongs to a protégé .* it will go to the inbox/,
  ]);
  await expect(options.getByRole('list', { name: 'Replaced on this device' }).getByRole('listitem')).toHaveText([
    'Sam: note “Sam prefers phone calls.”',
  ]);
  const preview = options.getByRole('table', { name: 'What the import will change' });
  await expect(preview.getByRole('row', { name: /^Goals/ }).getByRole('cell')).toHaveText(['0', '0', '0', '0', '1']);

  const [safety] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Confirm import' }).click(),
  ]);
  expect(safety.suggestedFilename()).toMatch(/^mentor-up-before-import-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
  const before = JSON.parse(await readFile(await safety.path(), 'utf8')) as { notes: { text: string }[] };
  expect(before.notes.map((n) => n.text)).toEqual(['Sam prefers phone calls.']);
  await expect(backupSection(options).getByRole('status')).toHaveText(
    `Imported repaired.json: 2 items added, 1 replaced. This device’s copy from before the import is in your downloads as ${safety.suggestedFilename()}.`,
  );

  const { panel, notes } = await panelNotes(openPage);
  await expect(notes).toHaveText([/Sam prefers phone calls, mornings only\./]);
  await panel.getByText('Inbox: notes saved without a protégé').click();
  const inbox = panel.getByRole('list', { name: 'Inbox' }).getByRole('listitem');
  await expect(inbox).toHaveCount(2);
  const capture = inbox.filter({ hasText: 'Read the single sign-on guide' });
  await expect(capture).toContainText('T'.repeat(500));
  await expect(capture).not.toContainText('T'.repeat(501));
  await expect(
    inbox.filter({ hasText: 'From a backup: a goal whose protégé was missing: Goal of the deleted protégé' }),
  ).toHaveCount(1);
});
