import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { listNotes } from '../../../db/notes';
import { listProteges, setProtegeArchived } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import type { Protege } from '../../../db/types';
import { App } from '../../../entrypoints/popup/App';
import { continueFromShell, takeEarlyPopup } from '../../../entrypoints/popup/handoff';
import type { PopupStart } from '../../../entrypoints/popup/popup-start';
import { drawShell, readPopupStart, startShell } from '../../../entrypoints/popup/shell';
import { startApp } from '../../../entrypoints/popup/start-app';
import { lastProtegeId, pickerSnapshot, quickNoteDraft } from '../../../utils/storage';
import { POPUP_PRIVATE, POPUP_SETTING_KEYS, type NoteDraft } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

let container: HTMLElement;
let root: Root | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  cleanup();
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

const local = () => fakeBrowser.storage.local;
/** The app's own popup items: the shell writes through the same definitions. */
const items = { draft: quickNoteDraft, protegeId: lastProtegeId, pickerSnapshot };

async function proteges(...names: string[]): Promise<Protege[]> {
  for (const name of names) await addProtege({ name, generation: 'genx' });
  return listProteges();
}

function startWith(list: Protege[], draft: NoteDraft = { text: '', kind: 'note' }, protegeId?: string): PopupStart {
  return { draft, protegeId, proteges: list.map(({ id, name }) => ({ id, name })) };
}

/** The markup a person meets, without the generated ids that tie labels to controls. */
function shape(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('*')])
    for (const name of ['id', 'for', 'aria-describedby']) el.removeAttribute(name);
  return copy.outerHTML;
}

/** Waits for the shell script's result, as main.tsx does, and hands over to the app. */
async function openApp() {
  const early = await takeEarlyPopup();
  root = await act(() => startApp(container, early));
  return early;
}

describe('popup shell', () => {
  it('draws the same picker and note box the app renders for the same data', async () => {
    const list = await proteges('Alex', 'Sam');
    const draft = { text: 'Half a thought', kind: 'action' as const };
    drawShell(container, startWith(list, draft, list[1]!.id), items);
    render(<App initialDraft={draft} initialProtegeId={list[1]!.id} initialProteges={list} />);
    const app = document.querySelector('body > div:last-child main')!;
    const shell = container.querySelector('main')!;

    for (const part of ['h1', '.protege-row', '.note-composer'])
      expect(shape(shell.querySelector(part)!)).toBe(shape(app.querySelector(part)!));
    for (const part of ['.protege-row select', 'textarea', '.note-composer select'])
      expect(shell.querySelector<HTMLSelectElement>(part)!.value).toBe(
        app.querySelector<HTMLSelectElement>(part)!.value,
      );
  });

  it('takes keys at once: the box has focus, the caret after the draft, and the picker names the protégé', async () => {
    const list = await proteges('Alex', 'Sam');
    drawShell(container, startWith(list, { text: 'Draft', kind: 'note' }, list[1]!.id), items);
    const box = screen.getByRole('textbox', { name: 'Quick note' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([5, 5]);
    expect(screen.getByRole('combobox', { name: 'Protégé' })).toHaveProperty('value', list[1]!.id);
  });

  it('keeps every keystroke as the draft the app reads', async () => {
    const list = await proteges('Alex', 'Sam');
    drawShell(container, startWith(list), items);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), 'ab');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'gratitude');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Protégé' }), list[1]!.id);
    await waitFor(async () => expect(await quickNoteDraft.getValue()).toMatchObject({ text: 'ab', kind: 'gratitude' }));
    expect(await lastProtegeId.getValue()).toBe(list[1]!.id);
  });

  it('draws nothing without a usable snapshot, and ignores one that is not a list of names', async () => {
    expect(drawShell(container, readPopupStart({}), items)).toBeUndefined();
    expect(
      drawShell(container, readPopupStart({ [POPUP_PRIVATE.pickerSnapshot.key]: [{ id: 1 }] }), items),
    ).toBeUndefined();
    expect(drawShell(container, readPopupStart({ [POPUP_PRIVATE.pickerSnapshot.key]: 'Pat' }), items)).toBeUndefined();
    expect(container.childElementCount).toBe(0);
  });

  it('reads junk in storage as an empty draft and the system theme', () => {
    const page = document.createElement('html');
    page.setAttribute('data-theme', 'dark');
    const start = readPopupStart(
      {
        [POPUP_PRIVATE.draft.key]: { text: 42, kind: 'spell' },
        [POPUP_PRIVATE.protegeId.key]: {},
        [POPUP_SETTING_KEYS.theme]: 'neon',
      },
      page,
    );
    expect(start).toEqual({ draft: { text: '', kind: 'note' }, protegeId: undefined, proteges: undefined });
    expect(page.hasAttribute('data-theme')).toBe(false);
    expect(page.getAttribute('data-text-size')).toBe('standard');
  });

  it.each([
    ['a kept draft is for Pat', { text: 'About Pat', kind: 'note', protegeId: 'pat' }, 'pat'],
    ['the draft is empty', { text: '', kind: 'note', protegeId: 'pat' }, 'sam'],
    ['the draft is only spaces', { text: '  ', kind: 'note', protegeId: 'pat' }, 'sam'],
    ['the draft names no one (kept by an older release)', { text: 'About someone', kind: 'note' }, 'sam'],
  ])('opens on the protégé a note is being written for: %s', (_, draft, expected) => {
    const start = readPopupStart({ [POPUP_PRIVATE.draft.key]: draft, [POPUP_PRIVATE.protegeId.key]: 'sam' });
    expect(start.protegeId).toBe(expected);
  });

  it('keeps with the draft the protégé chosen for it', async () => {
    const user = userEvent.setup();
    const kept = () => quickNoteDraft.getValue();
    const snapshot = [
      { id: 'pat', name: 'Pat' },
      { id: 'sam', name: 'Sam' },
    ];
    drawShell(container, readPopupStart({ [POPUP_PRIVATE.pickerSnapshot.key]: snapshot }), items);
    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), 'Hi');
    await waitFor(async () => expect(await kept()).toEqual({ text: 'Hi', kind: 'note', protegeId: 'pat' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Protégé' }), 'sam');
    await waitFor(async () => expect(await kept()).toEqual({ text: 'Hi', kind: 'note', protegeId: 'sam' }));
  });

  it('shows a protégé name that looks like markup as plain text', async () => {
    const name = '<img src=x onerror="alert(1)">Pat';
    drawShell(container, readPopupStart({ [POPUP_PRIVATE.pickerSnapshot.key]: [{ id: 'p1', name }] }), items);
    const picker = screen.getByRole('combobox', { name: 'Protégé' }) as HTMLSelectElement;
    expect(picker.selectedOptions[0]!.textContent).toBe(name);
    expect(container.querySelector('img')).toBeNull();
  });

  it('opens on the first protégé when the remembered one is gone, as the app does', async () => {
    const list = await proteges('Alex', 'Sam');
    drawShell(container, startWith(list, undefined, 'deleted-id'), items);
    expect(screen.getByRole('combobox', { name: 'Protégé' })).toHaveProperty('value', list[0]!.id);
  });
});

describe('from shell to app', () => {
  it('finds the focused control and the pressed button by their data-control ids, whatever their text says', () => {
    container.innerHTML = `
      <textarea data-control="note-text">Some text</textarea>
      <button type="button" data-control="add-protege">Save note</button>
      <button type="button" data-control="save-note">Store it</button>`;
    const clicked: string[] = [];
    for (const button of container.querySelectorAll('button'))
      button.addEventListener('click', () => clicked.push(button.dataset.control!));
    continueFromShell(container, {
      draft: { text: 'Some text', kind: 'note' },
      protegeId: undefined,
      focused: 'note-text',
      selection: [2, 4],
      pressed: 'save-note',
      draftKept: true,
    });
    const box = container.querySelector('textarea')!;
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([2, 4]);
    expect(clicked).toEqual(['save-note']);
  });

  it('hands over the text, the caret and the focus: nothing typed before the app was ready is lost', async () => {
    const list = await proteges('Alex');
    await pickerSnapshot.setValue([{ id: list[0]!.id, name: 'Alex' }]);
    await quickNoteDraft.setValue({ text: 'Started ', kind: 'note' });
    startShell(() => container, local());
    const user = userEvent.setup();
    const shellBox = await screen.findByRole('textbox', { name: 'Quick note' });
    await user.type(shellBox, 'and typed on');
    (shellBox as HTMLTextAreaElement).setSelectionRange(3, 7);

    await openApp();
    const boxes = screen.getAllByRole('textbox', { name: 'Quick note' });
    expect(boxes).toHaveLength(1);
    const box = boxes[0] as HTMLTextAreaElement;
    expect(box).not.toBe(shellBox);
    expect(box.value).toBe('Started and typed on');
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([3, 7]);

    // The app goes on from there: its own keystrokes land after the handed-over text.
    box.setSelectionRange(box.value.length, box.value.length);
    await user.type(box, '!');
    await waitFor(async () => expect((await quickNoteDraft.getValue()).text).toBe('Started and typed on!'));
  });

  it('saves a note asked for with Ctrl+Enter before the app was ready, once it is', async () => {
    const list = await proteges('Alex', 'Sam');
    await pickerSnapshot.setValue(list.map(({ id, name }) => ({ id, name })));
    startShell(() => container, local());
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Protégé' }), list[1]!.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'action');
    await user.type(screen.getByRole('textbox', { name: 'Quick note' }), 'Early bird{Control>}{Enter}{/Control}');
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    expect(await db.notes.count()).toBe(0);

    await openApp();
    await screen.findByText('Saved');
    const [note, ...others] = await listNotes(list[1]!.id);
    expect(note).toMatchObject({ text: 'Early bird', kind: 'action' });
    expect(others).toEqual([]);
    expect(await db.notes.count()).toBe(1);
    expect(screen.getByRole('textbox', { name: 'Quick note' })).toHaveProperty('value', '');
  });

  it('opens the add form when "Add protégé" was pressed in the shell', async () => {
    const list = await proteges('Alex');
    await pickerSnapshot.setValue([{ id: list[0]!.id, name: 'Alex' }]);
    startShell(() => container, local());
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Add protégé' }));
    await openApp();
    expect(await screen.findByRole('form', { name: 'Add a protégé' })).toBeTruthy();
  });

  it('opens without a shell on first run, and the app keeps the snapshot current from then on', async () => {
    startShell(() => container, local());
    const early = await openApp();
    expect(early?.shell).toBeUndefined();
    expect(await screen.findByRole('form', { name: 'Add your first protégé' })).toBeTruthy();

    const [alex] = await proteges('Alex');
    await waitFor(async () => expect(await pickerSnapshot.getValue()).toEqual([{ id: alex!.id, name: 'Alex' }]));
    await setProtegeArchived(alex!.id, true);
    await waitFor(async () => expect(await pickerSnapshot.getValue()).toEqual([]));
  });
});
