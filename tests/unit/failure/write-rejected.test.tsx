import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { addProtege } from '../db/seed';
import { App } from '../../../entrypoints/popup/App';
import { quickNoteDraft } from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { interceptWrites } from '../db/failing-writes';
import { resetDatabase } from '../db/reset';

// The machine running the suite may be busy: give the database time to answer.
configure({ asyncUtilTimeout: 5000 });

let removeInterceptor: (() => Promise<void>) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

afterEach(async () => {
  cleanup();
  await removeInterceptor?.();
  removeInterceptor = undefined;
});

describe('a write the browser rejects', () => {
  it.each([
    [
      'a full disk',
      new DOMException('The disk is full', 'QuotaExceededError'),
      /run out of space.*export a backup from the options page/,
    ],
    ['a refused write', new Dexie.ConstraintError('Key already exists'), /refused to store this.*Try again/],
    [
      'an aborted transaction',
      new DOMException('The transaction was aborted', 'AbortError'),
      /refused to store this.*Try again/,
    ],
  ])('%s: says what happened and what to do, and keeps the text', async (_what, failure, message) => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    removeInterceptor = await interceptWrites('notes', async () => {
      throw failure;
    });
    const user = userEvent.setup();
    render(<App initialDraft={EMPTY_DRAFT} initialProtegeId={pat.id} />);
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'Keep this safe');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Your note is kept here\.$/);
    expect(box).toHaveProperty('value', 'Keep this safe');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'Keep this safe', kind: 'note' });
    expect(await db.notes.count()).toBe(0);
  });
});
