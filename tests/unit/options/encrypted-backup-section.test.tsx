import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decryptBackup, encryptBackup } from '../../../db/backup/encrypted-backup';
import { backupJson, exportBackup } from '../../../db/backup/export-backup';
import { db } from '../../../db/database';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { BackupSection } from '../../../entrypoints/options/BackupSection';
import { dumpDatabase } from '../backup/dump';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from '../failure/capture-downloads';

// Deriving the key takes a noticeable part of a second on a busy machine, each time.
configure({ asyncUtilTimeout: 10_000 });

const PASSPHRASE = 'four words for the lock';
const NOTE_TEXT = 'Send the hashtag guide';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

async function seed() {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  await saveNote({ protegeId: pat.id, kind: 'action', text: NOTE_TEXT, source: { kind: 'popup' } });
}

function jsonFile(text: string, name: string) {
  return new File([text], name, { type: 'application/json' });
}

/** The device's backup, locked with the passphrase, then the device emptied: ready to import. */
async function lockedBackupOfSeed(iterations = 1000) {
  await seed();
  const locked = await encryptBackup(backupJson(await exportBackup()), PASSPHRASE, { iterations });
  await resetDatabase();
  return locked;
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, text: string, name = 'locked.json') {
  await user.upload(screen.getByLabelText('Backup file'), jsonFile(text, name));
  await user.click(screen.getByRole('button', { name: 'Import backup' }));
}

describe('options: a backup protected with a passphrase', () => {
  it('says removing the extension removes its data, next to the one "Export backup"', () => {
    render(<BackupSection />);
    const statement = screen.getByText(/Removing Mentor Up from your browser deletes everything it keeps/);
    const button = screen.getByRole('button', { name: 'Export backup' });
    expect(statement.closest('section')).toBe(button.closest('section'));
    expect(screen.getAllByRole('button', { name: 'Export backup' })).toHaveLength(1);
  });

  it('asks for the passphrase twice, warns that a lost one cannot be recovered, and refuses a mismatch', async () => {
    await seed();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Protect with a passphrase' }));
    const passphrase = screen.getByLabelText('Passphrase');
    expect(passphrase.getAttribute('type')).toBe('password');
    expect(passphrase.getAttribute('aria-describedby')).toBeTruthy();
    const warning = document.getElementById(passphrase.getAttribute('aria-describedby')!);
    expect(warning?.textContent).toMatch(/no one can recover a lost passphrase/);

    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The backup was not saved\. Type a passphrase/);

    await user.type(passphrase, 'short');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 8 characters/);

    await user.clear(passphrase);
    await user.type(passphrase, PASSPHRASE);
    await user.clear(screen.getByLabelText('Confirm passphrase'));
    await user.type(screen.getByLabelText('Confirm passphrase'), `${PASSPHRASE}.`);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The two passphrases are not the same/);
    expect(downloads).toEqual([]);
  });

  it('exports a file that only the passphrase opens, holding the whole backup', async () => {
    await seed();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.click(screen.getByRole('checkbox', { name: 'Protect with a passphrase' }));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]!.name).toMatch(/^mentor-up-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
    const text = await downloads[0]!.blob.text();
    expect(text).not.toContain(NOTE_TEXT);
    expect(text).not.toContain('Pat Lee');
    expect((await decryptBackup(text, 'not the passphrase')).ok).toBe(false);
    const opened = await decryptBackup(text, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.problem);
    const backup = JSON.parse(opened.jsonText) as { notes: { text: string }[] };
    expect(backup.notes.map((note) => note.text)).toEqual([NOTE_TEXT]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Backup exported, locked with your passphrase: 1 protégé, 1 note.',
      ),
    );
  });

  it('asks for the passphrase of a locked file; a wrong one changes nothing, the right one opens the preview', async () => {
    const locked = await lockedBackupOfSeed();
    const before = await dumpDatabase();
    const user = userEvent.setup();
    render(<BackupSection />);
    await chooseFile(user, locked);
    const passphrase = await screen.findByLabelText('Backup passphrase');
    expect(document.activeElement).toBe(passphrase);
    expect(screen.queryByRole('table')).toBeNull();

    await user.type(passphrase, 'four words for the door');
    await user.click(screen.getByRole('button', { name: 'Unlock backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^locked\.json was not imported\. Nothing was changed\./);
    expect(alert.textContent).toContain('That passphrase does not open this backup.');
    expect(screen.queryByRole('button', { name: 'Confirm import' })).toBeNull();
    expect(await dumpDatabase()).toBe(before);

    await user.clear(passphrase);
    await user.type(passphrase, `${PASSPHRASE}{Enter}`);
    const preview = await screen.findByRole('table', { name: 'What the import will change' });
    expect(preview.textContent).toContain('Notes');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Backup passphrase')).toBeNull();
    expect(await db.notes.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported locked.json: 2 items added, 0 replaced.'),
    );
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual([NOTE_TEXT]);
  });

  it.each([
    [
      'a changed byte of the encrypted data',
      (envelope: Record<string, unknown>) => {
        const data = envelope.ciphertext as string;
        envelope.ciphertext = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
      },
      true,
      /changed or damaged since it was made/,
    ],
    [
      'a field cut out',
      (envelope: Record<string, unknown>) => {
        delete envelope.keyCheck;
      },
      false,
      /This encrypted backup is damaged and cannot be opened: the passphrase check is missing/,
    ],
    [
      'a newer version',
      (envelope: Record<string, unknown>) => {
        envelope.version = 2;
      },
      false,
      /made by a newer version of Mentor Up/,
    ],
  ])('refuses %s, saying so and changing nothing', async (_, change, asksPassphrase, message) => {
    const envelope = JSON.parse(await lockedBackupOfSeed()) as Record<string, unknown>;
    change(envelope);
    const before = await dumpDatabase();
    const user = userEvent.setup();
    render(<BackupSection />);
    await chooseFile(user, JSON.stringify(envelope), 'changed.json');
    if (asksPassphrase) {
      await user.type(await screen.findByLabelText('Backup passphrase'), `${PASSPHRASE}{Enter}`);
    }
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^changed\.json was not imported\. Nothing was changed\./);
    expect(alert.textContent).toMatch(message);
    expect(screen.queryByRole('table')).toBeNull();
    expect(await dumpDatabase()).toBe(before);
  });
});
