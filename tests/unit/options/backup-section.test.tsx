import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportBackup } from '../../../db/backup/export-backup';
import { db } from '../../../db/database';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { BackupSection } from '../../../entrypoints/options/BackupSection';
import { pickerSnapshot } from '../../../utils/storage';
import { HOSTILE_TEXTS } from '../backup/arbitraries';
import { dumpDatabase } from '../backup/dump';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from '../failure/capture-downloads';
import { CHANGED_AT, NOTE, PAT, smallBackup } from '../backup/small-backup';

// The machine running the suite may be busy: give the database time to answer.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

afterEach(cleanup);

async function seed() {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  await saveNote({ protegeId: pat.id, kind: 'action', text: 'Send the hashtag guide', source: { kind: 'popup' } });
  return pat;
}

function jsonFile(text: string, name = 'backup.json') {
  return new File([text], name, { type: 'application/json' });
}

/** A backup of the seed data, chosen for import into an empty database; the preview is next. */
async function chooseBackupOfSeedIntoEmptyDatabase() {
  await seed();
  const backup = await exportBackup();
  await resetDatabase();
  const user = userEvent.setup();
  render(<BackupSection />);
  await user.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));
  await user.click(screen.getByRole('button', { name: 'Import backup' }));
  return user;
}

describe('options: backup and export', () => {
  it('exports a full backup as a file', async () => {
    await seed();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    expect(downloads[0]!.name).toMatch(/^mentor-up-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0]!.blob.text()) as { format: string; notes: { text: string }[] };
    expect(file.format).toBe('mentor-up-backup');
    expect(file.notes.map((n) => n.text)).toEqual(['Send the hashtag guide']);
    // The status is set with the download; React shows it on its next render.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup exported: 1 protégé, 1 note.'));
  });

  it('exports Markdown for the protégé chosen', async () => {
    const pat = await seed();
    await addProtege({ name: 'Sam', generation: 'genx' });
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    const select = screen.getByRole('combobox', { name: 'Protégé' });
    await screen.findByRole('option', { name: 'Pat Lee' });
    await user.selectOptions(select, pat.id);
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    expect(downloads[0]!.name).toMatch(/^mentor-up-pat-lee-/);
    const markdown = await downloads[0]!.blob.text();
    expect(markdown).toContain('# Pat Lee');
    expect(markdown).toContain('- [ ] Send the hashtag guide');
    expect(markdown).not.toContain('# Sam');
  });

  it('previews an import, then applies it on confirmation', async () => {
    const user = await chooseBackupOfSeedIntoEmptyDatabase();

    const preview = await screen.findByRole('table', { name: 'What the import will change' });
    const notesRow = within(preview).getByRole('row', { name: /^Notes/ });
    expect(
      within(notesRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '0', '0', '0']);
    expect(screen.getByText(/copy changed most recently is kept/)).toBeTruthy();
    // Nothing is written before the mentor confirms.
    expect(await db.notes.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(
      () => expect(screen.getByRole('status').textContent).toBe('Imported backup.json: 2 items added, 0 replaced.'),
      { timeout: 5000 },
    );
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Send the hashtag guide']);
    expect(screen.queryByRole('table')).toBeNull();
    // The popup's next opening draws the imported protégé at once.
    const [pat] = await db.proteges.toArray();
    await waitFor(async () => expect(await pickerSnapshot.getValue()).toEqual([{ id: pat!.id, name: pat!.name }]));
  });

  it('cancel leaves everything as it was', async () => {
    const user = await chooseBackupOfSeedIntoEmptyDatabase();
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(await db.proteges.count()).toBe(0);
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    [
      'a wrong field',
      '{"format":"mentor-up-backup","formatVersion":1,"schemaVersion":1,"exportedAt":"x","proteges":[],"notes":[],"stageEvents":[],"sessions":[],"goals":[],"tipFeedback":[]}',
      /exportedAt is not a date and time/,
    ],
  ])('refuses %s in an alert that says what is wrong, changing nothing', async (_what, text, message) => {
    await seed();
    const before = await dumpDatabase();
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.upload(screen.getByLabelText('Backup file'), jsonFile(text, 'bad.json'));
    await user.click(screen.getByRole('button', { name: 'Import backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^bad\.json was not imported\. Nothing was changed\./);
    expect(alert.textContent).toMatch(message);
    expect(screen.queryByRole('button', { name: 'Confirm import' })).toBeNull();
    expect(await dumpDatabase()).toBe(before);
  });

  it('asks for a file when none was chosen', async () => {
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Import backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a backup file first.');
  });

  it('shows hostile protégé names as text', async () => {
    for (const name of HOSTILE_TEXTS.slice(0, 3)) await addProtege({ name, generation: 'boomer' });
    render(<BackupSection />);
    await screen.findByRole('option', { name: HOSTILE_TEXTS[0] });
    expect(document.querySelector('script, img, a')).toBeNull();
  });

  it('does not offer an export that its own import would not restore, and offers the rescue copy', async () => {
    const pat = await seed();
    const note = await saveNote({
      protegeId: pat.id,
      kind: 'note',
      text: 'A long page',
      source: { kind: 'selection' },
    });
    await db.notes.update(note.id, { source: { kind: 'selection', title: 'T'.repeat(3000) } });
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The backup was not saved');
    expect(within(alert).getByRole('listitem').textContent).toMatch(
      /^Note \d \(“A long page”\), page title is 3,000 characters, over the 500 allowed/,
    );
    expect(downloads).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('');

    await user.click(within(alert).getByRole('button', { name: 'Save a rescue copy' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    expect(downloads[0]!.name).toMatch(/^mentor-up-rescue-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(await downloads[0]!.blob.text()) as { notes: { source: { title?: string } }[] };
    expect(copy.notes.map((n) => n.source.title?.length)).toContain(3000);
  });

  it('shows what it will import differently and which device records it replaces, then keeps a safety copy', async () => {
    // On this device: Pat and a note, both older than the file's copies.
    const older = CHANGED_AT - 60_000;
    const file = smallBackup();
    await db.proteges.add({ ...file.proteges[0]!, name: 'Pat (old name)', updatedAt: older });
    await db.notes.add({ ...file.notes[0]!, text: 'Wants to try Copilot soon', updatedAt: older, words: [] });
    // In the file: an orphan note with a page title over the limit.
    file.notes.push({
      ...file.notes[0]!,
      id: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
      protegeId: '0f0e0d0c-0b0a-4908-8706-050403020100',
      sessionId: undefined,
      text: 'Kept from a page',
      source: { kind: 'selection', title: 'T'.repeat(600) },
    });
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(file)));
    await user.click(screen.getByRole('button', { name: 'Import backup' }));

    const warnings = await screen.findByRole('list', { name: 'Imported differently from the file' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Note 2 (“Kept from a page”), page title is 600 characters, over the 500 allowed: it will be imported cut to fit.',
      expect.stringMatching(
        /^Note 2 \(“Kept from a page”\) belongs to a protégé that is neither in the file nor on this device: it will go to the inbox/,
      ),
    ]);
    const replaced = screen.getByRole('list', { name: 'Replaced on this device' });
    expect(
      within(replaced)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Pat (old name): profile', 'Pat (old name): note “Wants to try Copilot soon”']);
    expect(screen.getByText(/a copy of what is on this device now is saved to your downloads/)).toBeTruthy();
    expect(downloads).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported backup\.json: /), {
      timeout: 5000,
    });
    expect(downloads).toHaveLength(1);
    const safety = downloads[0]!;
    expect(safety.name).toMatch(/^mentor-up-before-import-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    expect(screen.getByRole('status').textContent).toContain(`in your downloads as ${safety.name}`);
    // The safety copy holds the device as it was before the import.
    const before = JSON.parse(await safety.blob.text()) as { proteges: { name: string }[]; notes: { text: string }[] };
    expect(before.proteges.map((p) => p.name)).toEqual(['Pat (old name)']);
    expect(before.notes.map((n) => n.text)).toEqual(['Wants to try Copilot soon']);
    expect((await db.proteges.get(PAT))?.name).toBe('Pat Lee');
    expect((await db.notes.get(NOTE))?.text).toBe('Wants to try Copilot');
  });
});
