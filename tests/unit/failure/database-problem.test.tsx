import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { readBackupText } from '../../../db/backup/read-backup';
import { db } from '../../../db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema-versions';
import { addProtege, saveQuickNote } from '../db/seed';
import { App } from '../../../entrypoints/popup/App';
import { quickNoteDraft } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from './capture-downloads';

// The machine running the suite may be busy: give the database time to answer.
configure({ asyncUtilTimeout: 5000 });

const DRAFT = { text: 'Half-typed thought about Pat', kind: 'note' as const };

beforeAll(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  await saveQuickNote({ protegeId: pat.id, kind: 'note', text: 'Wants to try Copilot' });
  await quickNoteDraft.setValue(DRAFT);
  // The code of a next release whose upgrade fails on this data (this test file's own copy of db).
  db.close();
  db.version(CURRENT_SCHEMA_VERSION + 1)
    .stores({})
    .upgrade(() => {
      throw new Error('The upgrade met a record it could not read');
    });
  await expect(db.open()).rejects.toThrow('could not read');
});

afterEach(cleanup);

describe('when the notes will not open', () => {
  it('the popup shows what happened, what to do and a way to save a copy, never a blank page', async () => {
    await quickNoteDraft.setValue(DRAFT);
    render(
      <ErrorBoundary>
        <App initialDraft={DRAFT} initialProtegeId={undefined} />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('h1')?.textContent).toBe('Mentor Up could not open your notes');
    expect(alert.textContent).toMatch(/have not been deleted/);
    expect(alert.textContent).toMatch(/Text you were typing in a note box is kept/);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    // The typed text is still where the popup keeps it.
    expect(await quickNoteDraft.getValue()).toMatchObject(DRAFT);
  });

  it('saves a copy of the notes that were stored, ready to import', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(
      <ErrorBoundary>
        <App initialDraft={DRAFT} initialProtegeId={undefined} />
      </ErrorBoundary>,
    );
    await user.click(await screen.findByRole('button', { name: 'Save a copy of my notes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/copy was saved/), { timeout: 5000 });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^mentor-up-rescue-\d{4}-\d{2}-\d{2}\.json$/);
    const read = readBackupText(await downloads[0]!.blob.text());
    expect(read.ok && read.backup.notes.map((n) => n.text)).toEqual(['Wants to try Copilot']);
    expect(read.ok && read.backup.proteges.map((p) => p.name)).toEqual(['Pat Lee']);
  });
});
