import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { DATABASE_NAME, db } from '../../../db/database';
import { addProtege } from '../db/seed';
import { App } from '../../../entrypoints/popup/App';
import { quickNoteDraft } from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

// The machine running the suite may be busy: give the database time to answer.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

afterEach(cleanup);

/** What a page of the next release does as it opens: asks for a higher version of the database. */
function openAsNextRelease(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, (db.verno + 1) * 10);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
    // This page must not hold it up: a blocked request would leave the next release waiting.
    request.onblocked = () => reject(new Error('The open page did not give way to the newer version'));
  });
}

describe('a newer Mentor Up opens the database in another page', () => {
  it('this page lets go of it, asks for a reload with a button, and keeps what was typed', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    const user = userEvent.setup();
    render(
      <ErrorBoundary>
        <App initialDraft={EMPTY_DRAFT} initialProtegeId={pat.id} />
      </ErrorBoundary>,
    );
    const box = await screen.findByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'Half a thought');
    expect(screen.queryByRole('alert')).toBeNull();

    await openAsNextRelease();
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert.textContent).toMatch(/Mentor Up was updated/);
    expect(alert.textContent).toMatch(/needs a reload.*What you typed is kept/);
    expect(box).toHaveProperty('value', 'Half a thought');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'Half a thought', kind: 'note' });

    // The message stays until the page reloads, even once the database has opened again: this
    // page's code is the older one.
    expect(await db.proteges.count()).toBe(1);
    expect(db.isOpen()).toBe(true);
    expect(screen.getByRole('alert')).toBe(alert);

    const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
