import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProtege } from '../../../db/proteges';
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

describe('popup, over months', () => {
  it('shows the chosen protégé’s next meeting and "Add to calendar"', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const session = await startSession(pat.id, [], at(-7, 14));
    await wrapUpSession(session.id, { nextMeetingAt: at(7) }, at(-7, 15));
    render(<App initialDraft={EMPTY_DRAFT} initialProtegeId={pat.id} />);
    expect(await screen.findByRole('button', { name: 'Add to calendar' })).toBeDefined();
    expect(screen.getByText(formatMeetingTime(at(7, 14)))).toBeDefined();
  });
});
