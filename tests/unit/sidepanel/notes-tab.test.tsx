import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import type { NoteKind, Protege } from '../../../db/types';
import { NotesTab } from '../../../entrypoints/sidepanel/NotesTab';
import { safeHref } from '../../../entrypoints/sidepanel/NoteItem';
import { recoverPendingEdits } from '../../../db/pending-edits';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

let pat: Protege;
let sam: Protege;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  pat = await addProtege({ name: 'Pat', generation: 'boomer' });
  sam = await addProtege({ name: 'Sam', generation: 'genx' });
});
afterEach(cleanup);

async function note(text: string, kind: NoteKind = 'note', protege = pat, at = Date.now()) {
  return saveNote({ protegeId: protege.id, kind, text, source: { kind: 'popup' } }, at);
}

function renderNotes() {
  const user = userEvent.setup();
  render(<NotesTab protege={pat} proteges={[pat, sam]} initialDraft={EMPTY_DRAFT} />);
  return user;
}

const shownTexts = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.note-text')?.textContent ?? '(editing)');

describe('Notes tab', () => {
  it('searches as you type, ignoring case and accents, within the protégé unless asked', async () => {
    await note('Résumé review on Friday', 'note', pat, 1);
    await note('Resume the Teams demo', 'action', pat, 2);
    await note('Résumé for Sam', 'note', sam, 3);
    const user = renderNotes();
    await screen.findByRole('list', { name: 'Notes' });
    const search = screen.getByRole('searchbox', { name: 'Search notes' });
    await user.type(search, 'RESU');
    await screen.findByRole('list', { name: 'Search results' });
    expect(shownTexts()).toEqual(['Resume the Teams demo', 'Résumé review on Friday']);
    await user.type(search, 'me fri');
    await screen.findByText('Résumé review on Friday');
    expect(shownTexts()).toEqual(['Résumé review on Friday']);
    await user.clear(search);
    await user.type(search, 'résumé');
    await user.click(screen.getByRole('checkbox', { name: 'Search all protégés' }));
    await screen.findByText('Résumé for Sam');
    expect(screen.getByText('Résumé for Sam').closest('li')?.textContent).toContain('Sam ·');
  });

  it('shows search results a page at a time', async () => {
    for (let i = 0; i < 30; i++) await note(`Teams tip ${i}`, 'note', pat, i);
    const user = renderNotes();
    await user.type(await screen.findByRole('searchbox', { name: 'Search notes' }), 'teams');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await vi.waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'More results' }));
    await vi.waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(30));
    expect(screen.queryByRole('button', { name: 'More results' })).toBeNull();
  });

  it('filters by kind and says when nothing matches', async () => {
    await note('A plain note');
    await note('Send the guide', 'action');
    const user = renderNotes();
    await screen.findByRole('list', { name: 'Notes' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'action');
    await screen.findByText('Send the guide');
    expect(shownTexts()).toEqual(['Send the guide']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'gratitude');
    await screen.findByText('No notes match.');
  });

  it('ticks action items and marks talking points discussed', async () => {
    const action = await note('Send the guide', 'action');
    const point = await note('Ask about hashtags', 'talking-point');
    const user = renderNotes();
    await user.click(await screen.findByRole('checkbox', { name: 'Done' }));
    await user.click(screen.getByRole('checkbox', { name: 'Discussed' }));
    await vi.waitFor(async () => {
      expect((await db.notes.get(action.id))?.done).toBe(true);
      expect((await db.notes.get(point.id))?.discussed).toBe(true);
    });
    expect(screen.getByRole('checkbox', { name: 'Done' })).toHaveProperty('checked', true);
  });

  it('edits a note inline and saves as you type', async () => {
    const n = await note('Frist draft');
    const user = renderNotes();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const box = screen.getByRole('textbox', { name: 'Edit note' });
    await user.clear(box);
    await user.type(box, 'First draft, fixed');
    await vi.waitFor(async () => expect((await db.notes.get(n.id))?.text).toBe('First draft, fixed'), {
      timeout: 2000,
    });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('First draft, fixed');
  });

  it('does not pull focus into its note box on opening', async () => {
    renderNotes();
    await screen.findByRole('textbox', { name: 'New note' });
    expect(document.activeElement).toBe(document.body);
  });

  it('opens the editor with the caret after the text', async () => {
    await note('Keep going');
    const user = renderNotes();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const box = screen.getByRole('textbox', { name: 'Edit note' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([10, 10]);
  });

  it('loses nothing when the panel closes mid-edit: the next page finishes the write', async () => {
    const n = await note('Before');
    const user = renderNotes();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const box = screen.getByRole('textbox', { name: 'Edit note' });
    await user.clear(box);
    await user.type(box, 'After the reload');
    cleanup(); // the panel goes away before the pause that would have saved it
    expect((await db.notes.get(n.id))?.text).not.toBe('After the reload');
    expect(await recoverPendingEdits()).toEqual([]);
    expect((await db.notes.get(n.id))?.text).toBe('After the reload');
  });

  it('deletes with undo', async () => {
    await note('Keep me', 'note', pat, 1);
    await note('Delete me', 'note', pat, 2);
    const user = renderNotes();
    const item = (await screen.findByText('Delete me')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Note deleted.');
    await vi.waitFor(() => expect(shownTexts()).toEqual(['Keep me']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Delete me');
    expect(shownTexts()).toEqual(['Delete me', 'Keep me']);
  });

  it('makes only web and mail links clickable', () => {
    expect(safeHref('https://example.com/x')).toBe('https://example.com/x');
    expect(safeHref('mailto:pat@example.com')).toBe('mailto:pat@example.com');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('shows a selection’s page as a link only when it is safe', async () => {
    // Mentor Up never saves such an address itself; a backup from elsewhere may carry one.
    await db.notes.add({
      id: '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716',
      protegeId: pat.id,
      kind: 'note',
      text: 'Quote',
      source: { kind: 'selection', url: 'javascript:alert(1)', title: 'Evil page' },
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
    await saveNote({
      protegeId: pat.id,
      kind: 'note',
      text: 'Other quote',
      source: { kind: 'selection', url: 'https://example.com/', title: 'Good page' },
    });
    renderNotes();
    expect((await screen.findByText('Evil page')).closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'Good page' }).getAttribute('href')).toBe('https://example.com/');
    await act(async () => undefined);
  });
});

describe('inbox', () => {
  it('lists notes saved without a protégé when opened, and files one under the protégé', async () => {
    await saveNote({
      kind: 'note',
      text: 'Quote from an article',
      source: { kind: 'selection', url: 'https://example.com/', title: 'An article' },
    });
    const user = renderNotes();
    await user.click(await screen.findByText('Inbox: notes saved without a protégé'));
    const inbox = await screen.findByRole('list', { name: 'Inbox' });
    expect(inbox.textContent).toContain('Quote from an article');
    await user.click(within(inbox).getByRole('button', { name: 'Move to Pat' }));
    await screen.findByText('Nothing in the inbox.');
    await within(screen.getByRole('list', { name: 'Notes' })).findByText('Quote from an article');
  });
});
