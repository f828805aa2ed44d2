import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { UnsavedCapturesNotice } from '../../../entrypoints/options/UnsavedCapturesNotice';
import { setAttentionBadge } from '../../../features/capture/badge';
import { unsavedCaptures } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

afterEach(cleanup);

it('says nothing while no selection is waiting', async () => {
  const { container } = render(<UnsavedCapturesNotice />);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(container.textContent).toBe('');
});

it('tells the mentor a selection is waiting, and saves it on request', async () => {
  await unsavedCaptures.setValue([
    { text: 'Kept through a full disk', url: 'https://example.com/', title: 'Example', capturedAt: 1 },
  ]);
  await setAttentionBadge('Mentor Up could not save your selection.');
  const user = userEvent.setup();
  render(<UnsavedCapturesNotice />);
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^One selection from the context menu could not be saved/,
  );

  await user.click(screen.getByRole('button', { name: 'Save them now' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect((await db.notes.toArray()).map((note) => [note.text, note.source])).toEqual([
    ['Kept through a full disk', { kind: 'selection', url: 'https://example.com/', title: 'Example' }],
  ]);
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
});
