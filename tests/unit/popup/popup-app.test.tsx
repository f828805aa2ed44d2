import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { listNotes } from '../../../db/notes';
import { listProteges } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { App } from '../../../entrypoints/popup/App';
import { lastProtegeId, quickNoteDraft } from '../../../utils/storage';
import { EMPTY_DRAFT, type NoteDraft } from '../../../utils/popup-items';
import { deferred, interceptWrites } from '../db/failing-writes';
import { resetDatabase } from '../db/reset';

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

function renderPopup(initialDraft: NoteDraft = EMPTY_DRAFT, initialProtegeId?: string) {
  const user = userEvent.setup();
  render(<App initialDraft={initialDraft} initialProtegeId={initialProtegeId} />);
  return user;
}

async function withProtege(name = 'Pat') {
  return addProtege({ name, generation: 'boomer' });
}

describe('popup', () => {
  it('on first run adds a protégé inline, then saves a note to them', async () => {
    const user = renderPopup();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Pat Lee');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Generation' }), 'genx');
    await user.click(screen.getByRole('button', { name: 'Add protégé' }));

    const picker = await screen.findByRole('combobox', { name: 'Protégé' });
    const [pat] = await listProteges();
    expect(pat).toMatchObject({ name: 'Pat Lee', generation: 'genx' });
    expect(picker).toHaveProperty('value', pat!.id);
    await waitFor(async () => expect(await lastProtegeId.getValue()).toBe(pat!.id));

    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), 'Loved the Teams demo');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Saved');
    expect((await listNotes(pat!.id)).map((n) => n.text)).toEqual(['Loved the Teams demo']);
  });

  it('asks for the name and generation clearly when missing', async () => {
    const user = renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Add protégé' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a generation.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Generation' }), 'boomer');
    await user.click(screen.getByRole('button', { name: 'Add protégé' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The name is empty.');
    expect(await db.proteges.count()).toBe(0);
  });

  it('focuses the quick note on open and opens on the last protégé', async () => {
    await withProtege('Alex');
    const sam = await withProtege('Sam');
    renderPopup(EMPTY_DRAFT, sam.id);
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Protégé' })).toHaveProperty('value', sam.id));
  });

  it('keeps the draft on every keystroke and restores it on open', async () => {
    await withProtege();
    const user = renderPopup();
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'a');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'a', kind: 'note' });
    await user.type(box, 'bc');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'action');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'abc', kind: 'action' });

    cleanup();
    renderPopup(await quickNoteDraft.getValue());
    expect(screen.getByRole('textbox', { name: 'Quick note' })).toHaveProperty('value', 'abc');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveProperty('value', 'action');
  });

  it('saves on Ctrl+Enter', async () => {
    const pat = await withProtege();
    const user = renderPopup(EMPTY_DRAFT, pat.id);
    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), 'Shortcut note{Control>}{Enter}{/Control}');
    await screen.findByText('Saved');
    expect((await listNotes(pat.id)).map((n) => n.text)).toEqual(['Shortcut note']);
  });

  it('shows "Saved" and clears the draft only after the write has committed', async () => {
    const pat = await withProtege();
    const gate = deferred();
    removeInterceptor = await interceptWrites('notes', () => gate.promise);
    const user = renderPopup(EMPTY_DRAFT, pat.id);
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'Held back');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    await screen.findByText('Saving…');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'Held back', kind: 'note' });
    expect(box).toHaveProperty('value', 'Held back');

    await act(async () => gate.resolve());
    await screen.findByText('Saved');
    expect(box).toHaveProperty('value', '');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: '', kind: 'note' });
    expect((await listNotes(pat.id)).map((n) => n.text)).toEqual(['Held back']);
  });

  it('keeps text typed while a save was in flight', async () => {
    const pat = await withProtege();
    const gate = deferred();
    removeInterceptor = await interceptWrites('notes', () => gate.promise);
    const user = renderPopup(EMPTY_DRAFT, pat.id);
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'First');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await user.type(box, ' and more');
    await act(async () => gate.resolve());
    await screen.findByText('Saved');
    expect(box).toHaveProperty('value', 'and more');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'and more', kind: 'note' });
  });

  it('keeps the draft and shows the error when the write is rejected', async () => {
    const pat = await withProtege();
    removeInterceptor = await interceptWrites('notes', async () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const user = renderPopup(EMPTY_DRAFT, pat.id);
    const box = screen.getByRole('textbox', { name: 'Quick note' });
    await user.type(box, 'Do not lose me');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved\. .*run out of space.* Your note is kept here\.$/);
    expect(screen.queryByText('Saved')).toBeNull();
    expect(box).toHaveProperty('value', 'Do not lose me');
    expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'Do not lose me', kind: 'note' });
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses an empty note with a message and saves nothing', async () => {
    const pat = await withProtege();
    const user = renderPopup(EMPTY_DRAFT, pat.id);
    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The note is empty.');
    expect(await db.notes.count()).toBe(0);
  });
});
