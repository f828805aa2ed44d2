import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { saveNote, setNoteShareable } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import type { Note, Protege } from '../../../db/types';
import { NoteItem } from '../../../entrypoints/sidepanel/NoteItem';
import { PastSessions } from '../../../entrypoints/sidepanel/PastSessions';
import { App, type PanelDrafts } from '../../../entrypoints/sidepanel/App';
import { formatDay } from '../../../utils/dates';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { sessionNoteDraft } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';

let pat: Protege;
const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  pat = await addProtege({ name: 'Pat', generation: 'boomer' });
  writeText.mockReset();
  writeText.mockResolvedValue(undefined);
});
afterEach(cleanup);

/** user-event puts its own clipboard on `navigator`; ours goes on after it, to see what is written. */
function setUpUser() {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return user;
}

async function sessionWithTwoNotes() {
  const session = await startSession(pat.id, ['Career plan']);
  const source = { kind: 'sidepanel' as const };
  const shared = await saveNote({
    protegeId: pat.id,
    sessionId: session.id,
    kind: 'note',
    text: 'Read the style guide',
    source,
  });
  await saveNote({ protegeId: pat.id, sessionId: session.id, kind: 'note', text: 'Seemed anxious today', source });
  await setNoteShareable(shared.id, true);
  await wrapUpSession(session.id, {});
}

describe('copying a session recap from the past sessions', () => {
  it.each([
    { button: 'Copy recap as text', heading: 'Session recap' },
    { button: 'Copy recap as Markdown', heading: '# Session recap' },
  ])('"$button" copies the shareable note and not the private one', async ({ button, heading }) => {
    await sessionWithTwoNotes();
    const user = setUpUser();
    render(<PastSessions protegeId={pat.id} />);
    await user.click(await screen.findByRole('button', { name: button }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    expect(copied.startsWith(heading)).toBe(true);
    expect(copied).toContain('Read the style guide');
    expect(copied).toContain('Career plan');
    expect(copied).not.toContain('Seemed anxious today');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Copied/));
  });

  it('says so when the clipboard refuses the recap, and shows it read-only to copy by hand', async () => {
    await sessionWithTwoNotes();
    writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const user = setUpUser();
    render(<PastSessions protegeId={pat.id} />);
    await user.click(await screen.findByRole('button', { name: 'Copy recap as text' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not copy the recap/);
    expect(screen.getByRole('status').textContent).not.toMatch(/Copied/);
    const byHand = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Recap to copy by hand' });
    expect(byHand.readOnly).toBe(true);
    expect(byHand.value).toContain('Read the style guide');
    expect(byHand.value).not.toContain('Seemed anxious today');

    // Once the clipboard takes it, the box and the alert go.
    writeText.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy recap as Markdown' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied the recap as Markdown.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Recap to copy by hand' })).toBeNull();
  });
});

function renderPanel(drafts: Partial<PanelDrafts> = {}) {
  render(
    <App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null, ...drafts }} initialProtegeId={pat.id} />,
  );
}

describe('session mode', () => {
  it('takes a shareable note and a private one side by side, and offers the recap once the wrap-up is saved', async () => {
    const user = setUpUser();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    const box = await screen.findByRole('textbox', { name: 'Session note' });
    const shareable = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Shareable' });
    expect(shareable().checked).toBe(false);
    await user.type(box, 'Read the style guide');
    await user.click(shareable());
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    const list = await screen.findByRole('list', { name: 'Notes this session' });
    await within(list).findByText('Read the style guide');
    // The next note starts private again.
    expect(shareable().checked).toBe(false);
    await user.type(box, 'Seemed anxious today{Control>}{Enter}{/Control}');
    await within(list).findByText('Seemed anxious today');
    const shown = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(shown).toEqual(['Note: Read the style guide (shareable)', 'Note: Seemed anxious today']);

    await user.click(screen.getByRole('button', { name: 'End session' }));
    await user.type(await screen.findByLabelText('Next meeting'), '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Save wrap-up and end' }));

    const ended = await screen.findByRole('region', { name: 'Session with Pat ended' });
    await waitFor(() => expect(document.activeElement).toBe(within(ended).getByRole('heading', { level: 2 })));
    await user.click(within(ended).getByRole('button', { name: 'Copy recap as Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toMatch(/^# Session recap/);
    expect(copied).toContain('Read the style guide');
    expect(copied).toContain(`Next meeting: ${formatDay(new Date(2027, 0, 15).getTime())}`);
    expect(copied).not.toContain('Seemed anxious today');
    expect(within(ended).getByRole('status').textContent).toBe('Copied the recap as Markdown.');

    await user.click(within(ended).getByRole('button', { name: 'Close recap' }));
    expect(screen.queryByRole('region', { name: 'Session with Pat ended' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start session' })).toBeTruthy();
  });

  it('keeps the Shareable tick in the draft, and offers it only for notes and action items', async () => {
    const session = await startSession(pat.id);
    const user = userEvent.setup();
    renderPanel();
    await user.type(await screen.findByRole('textbox', { name: 'Session note' }), 'Half a thought');
    await user.click(screen.getByRole('checkbox', { name: 'Shareable' }));
    await waitFor(async () =>
      expect(await sessionNoteDraft.getValue()).toMatchObject({ text: 'Half a thought', shareable: true }),
    );

    cleanup();
    renderPanel({ session: await sessionNoteDraft.getValue() });
    expect((await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Shareable' })).checked).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'talking-point');
    expect(screen.queryByRole('checkbox', { name: 'Shareable' })).toBeNull();
    await waitFor(async () => expect((await sessionNoteDraft.getValue()).shareable).toBeUndefined());
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () =>
      expect(
        (await db.notes.where('sessionId').equals(session.id).toArray()).map((n) => [n.kind, n.shareable]),
      ).toEqual([['talking-point', undefined]]),
    );
  });
});

describe('the Shareable box on a note', () => {
  it('is private by default and is saved when ticked from the keyboard', async () => {
    const saved = await saveNote({
      protegeId: pat.id,
      kind: 'action',
      text: 'Send the draft',
      source: { kind: 'sidepanel' },
    });
    const user = userEvent.setup();
    const { rerender } = render(
      <ul>
        <NoteItem note={saved} onDelete={() => {}} />
      </ul>,
    );
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Shareable' });
    expect(box.checked).toBe(false);
    box.focus();
    await user.keyboard(' ');
    await waitFor(async () => expect((await db.notes.get(saved.id))?.shareable).toBe(true));
    const stored = (await db.notes.get(saved.id)) as Note;
    rerender(
      <ul>
        <NoteItem note={stored} onDelete={() => {}} />
      </ul>,
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Shareable' }).checked).toBe(true);
  });

  it('is not offered on a talking point', async () => {
    const point = await saveNote({
      protegeId: pat.id,
      kind: 'talking-point',
      text: 'Team change',
      source: { kind: 'sidepanel' },
    });
    render(
      <ul>
        <NoteItem note={point} onDelete={() => {}} />
      </ul>,
    );
    expect(screen.queryByRole('checkbox', { name: 'Shareable' })).toBeNull();
  });
});
