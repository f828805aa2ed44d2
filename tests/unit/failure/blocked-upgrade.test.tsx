import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { DATABASE_NAME, db } from '../../../db/database';
import { MentorUpDatabase } from '../db/database-class';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema-versions';
import { App } from '../../../entrypoints/popup/App';
import { startApp } from '../../../entrypoints/popup/start-app';
import { quickNoteDraft } from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { databaseAt } from '../../fixtures/older-release';
import { SCHEMA_FIXTURES } from '../../fixtures/schema-fixtures';

// The machine running the suite may be busy: give the database time to answer.
configure({ asyncUtilTimeout: 5000 });

/** What the release before this one stored; an active protégé of it shows once the upgrade ran. */
const PREVIOUS = SCHEMA_FIXTURES.find((fixture) => fixture.version === CURRENT_SCHEMA_VERSION - 1)!;
const PREVIOUS_NAME = PREVIOUS.rows.proteges!.find((protege) => !protege.archived)!.name as string;

let blocker: IDBDatabase | undefined;
let root: Root | undefined;

/**
 * The previous release's database, held open by a connection that ignores versionchange, as a
 * Mentor Up page left from before an update does when its code does not give way.
 */
async function holdPreviousRelease(): Promise<IDBDatabase> {
  const older = databaseAt(PREVIOUS.version, DATABASE_NAME);
  await older.open();
  await older.transaction('rw', older.tables, async () => {
    for (const [table, rows] of Object.entries(PREVIOUS.rows)) await older.table(table).bulkAdd(rows);
  });
  older.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // A page that has not opened the database yet (closed this way, Dexie opens it on first use).
  db.close({ disableAutoOpen: false });
  await Dexie.delete(DATABASE_NAME);
  blocker = await holdPreviousRelease();
});

afterEach(() => {
  cleanup();
  act(() => root?.unmount());
  root = undefined;
  blocker?.close();
});

describe('an older Mentor Up page blocks the upgrade', () => {
  it('says what happened and what to do, keeps what is typed, and carries on once that page closes', async () => {
    const user = userEvent.setup();
    render(
      <ErrorBoundary>
        <App initialDraft={EMPTY_DRAFT} initialProtegeId={undefined} />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert.textContent).toMatch(/Mentor Up was updated/);
    expect(alert.textContent).toMatch(/Another Mentor Up page or window is still open with the previous version/);
    expect(alert.textContent).toMatch(/Close the other Mentor Up pages and windows.*restart the browser/);
    expect(alert.textContent).toMatch(/Nothing is lost, and what you type here is kept/);

    // The page stays usable meanwhile: the note box takes text and keeps it.
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'Typed while waiting');
    await waitFor(async () =>
      expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'Typed while waiting', kind: 'note' }),
    );
    expect(db.isOpen()).toBe(false);

    blocker!.close();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await screen.findByRole('combobox', { name: 'Protégé' })).toHaveProperty(
      'selectedOptions.0.textContent',
      PREVIOUS_NAME,
    );
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(box).toHaveProperty('value', 'Typed while waiting');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect((await db.notes.toArray()).map((note) => note.text)).toContain('Typed while waiting');
  });

  it('a page whose open the browser queued behind another waiting page says so too', async () => {
    // Another page of this release asked first: only it hears "blocked"; this one waits in silence.
    const otherPage = new MentorUpDatabase();
    const otherOpened = otherPage.open();
    render(
      <ErrorBoundary>
        <App initialDraft={EMPTY_DRAFT} initialProtegeId={undefined} />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert.textContent).toMatch(/waiting for an older page/);

    blocker!.close();
    await otherOpened;
    expect(await screen.findByRole('combobox', { name: 'Protégé' })).toHaveProperty(
      'selectedOptions.0.textContent',
      PREVIOUS_NAME,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    otherPage.close();
  });

  it('the popup app starts without waiting for the blocked database, then lists the protégés once it opens', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = await act(() => startApp(container, undefined));
    const page = within(container);
    expect(page.getByRole('alert').textContent).toMatch(/waiting for an older page/);
    expect(page.getByRole('textbox', { name: 'Quick note' })).toBeTruthy();

    blocker!.close();
    expect(await page.findByRole('combobox', { name: 'Protégé' })).toHaveProperty(
      'selectedOptions.0.textContent',
      PREVIOUS_NAME,
    );
    expect(page.queryByRole('alert')).toBeNull();
    container.remove();
  });
});
