import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addGoal } from '../../../db/goals';
import { updateProtege } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import { App } from '../../../entrypoints/popup/App';
import { formatMeetingTime } from '../../../utils/meeting-details';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

/** Local time `days` from today at `hour`:`minute`. */
function at(days: number, hour = 0, minute = 0): number {
  const day = new Date();
  day.setDate(day.getDate() + days);
  day.setHours(hour, minute, 0, 0);
  return day.getTime();
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

const overdueLine = () => document.querySelector('.overdue-list');

describe('popup, over months', () => {
  it('lists who is overdue at the top, and why, in a line', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await addProtege({ name: 'Ana', generation: 'millennial' });
    await updateProtege(pat.id, { agreement: { meetingFrequency: 'every week' } });
    const lastMet = at(-12, 10);
    await startSession(pat.id, [], lastMet);
    await addGoal(sam.id, 'Try a video call', at(-1));
    render(<App initialDraft={EMPTY_DRAFT} initialProtegeId={sam.id} />);

    await waitFor(() => expect(overdueLine()).not.toBeNull());
    const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(lastMet);
    expect(overdueLine()!.textContent).toBe(`Overdue: Pat (no session since ${day}), Sam (goal past its date)`);
    // At the top: before the picker and the note box.
    const picker = screen.getByRole('combobox', { name: 'Protégé' });
    expect(overdueLine()!.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows nothing of the kind when no one is overdue', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    render(<App initialDraft={EMPTY_DRAFT} initialProtegeId={pat.id} />);
    await screen.findByText('Next meeting: not set');
    expect(overdueLine()).toBeNull();
  });

  it('shows the chosen protégé’s next meeting and "Add to calendar"', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const session = await startSession(pat.id, [], at(-7, 14));
    await wrapUpSession(session.id, { nextMeetingAt: at(7) }, at(-7, 15));
    render(<App initialDraft={EMPTY_DRAFT} initialProtegeId={pat.id} />);
    expect(await screen.findByRole('button', { name: 'Add to calendar' })).toBeDefined();
    expect(screen.getByText(formatMeetingTime(at(7, 14)))).toBeDefined();
  });
});
