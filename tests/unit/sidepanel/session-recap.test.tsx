import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { saveNote, setNoteShareable } from '../../../db/notes';
import { addProtege } from '../../../db/proteges';
import { endSession, startSession } from '../../../db/sessions';
import type { Note, Protege } from '../../../db/types';
import { NoteItem } from '../../../entrypoints/sidepanel/NoteItem';
import { PastSessions } from '../../../entrypoints/sidepanel/PastSessions';
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
  await endSession(session.id);
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

  it('says so when the clipboard refuses the recap', async () => {
    await sessionWithTwoNotes();
    writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const user = setUpUser();
    render(<PastSessions protegeId={pat.id} />);
    await user.click(await screen.findByRole('button', { name: 'Copy recap as text' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not copy the recap/);
    expect(screen.getByRole('status').textContent).not.toMatch(/Copied/);
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
