import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportBackup } from '../../../db/backup/export-backup';
import { db } from '../../../db/database';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../../../db/proteges';
import { BackupSection } from '../../../entrypoints/options/BackupSection';
import { pickerSnapshot } from '../../../utils/storage';
import { HOSTILE_TEXTS } from '../backup/arbitraries';
import { dumpDatabase } from '../backup/dump';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from '../failure/capture-downloads';

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
});
