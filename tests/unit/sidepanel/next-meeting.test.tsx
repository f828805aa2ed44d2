import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addGoal } from '../../../db/goals';
import { saveNote } from '../../../db/notes';
import { updateProtege } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import type { Protege } from '../../../db/types';
import { App } from '../../../entrypoints/sidepanel/App';
import { formatMeetingTime } from '../../../utils/meeting-details';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { panelRequest } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from '../failure/capture-downloads';

const DAY = 86_400_000;

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

function renderPanel(protege?: Protege) {
  const user = userEvent.setup();
  render(<App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null }} initialProtegeId={protege?.id} />);
  return user;
}

async function wrapUpWithNextDate(protege: Protege, startedAt: number, nextDay: number) {
  const session = await startSession(protege.id, [], startedAt);
  await wrapUpSession(session.id, { nextMeetingAt: nextDay }, startedAt + 3_600_000);
}

const header = () => screen.getByRole('combobox', { name: 'Protégé' }).closest('header')!;

async function readCalendar(file: { blob: Blob }) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(await file.blob.text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('the next meeting in the side panel header', () => {
  it('says "not set", with no calendar button, before there is one', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    renderPanel(pat);
    const hint = await screen.findByText('Next meeting: not set');
    expect(header().contains(hint)).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });

  it.each([
    ['the date the last wrap-up set, at the time the pair last met', 'every month', at(5), at(5, 10, 30)],
    ['the agreed cadence from the last session, when no date was set', 'every week', undefined, at(4, 10, 30)],
  ])('shows %s', async (_what, meetingFrequency, nextDay, expected) => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await updateProtege(pat.id, { agreement: { meetingFrequency } });
    const session = await startSession(pat.id, [], at(-3, 10, 30));
    await wrapUpSession(session.id, nextDay === undefined ? {} : { nextMeetingAt: nextDay }, at(-3, 11));
    renderPanel(pat);
    const button = await screen.findByRole('button', { name: 'Add to calendar' });
    expect(header().textContent).toContain(`Next meeting: ${formatMeetingTime(expected)}`);
    expect(header().contains(button)).toBe(true);
  });

  it('"Add to calendar" downloads the meeting, named by its day, with only the protégé in it', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await saveNote({
      protegeId: pat.id,
      kind: 'talking-point',
      text: 'Who sees my comments?',
      source: { kind: 'popup' },
    });
    await updateProtege(pat.id, { agreement: { meetingFrequency: 'every other week, 45 minutes' } });
    await wrapUpWithNextDate(pat, at(-7, 9, 15), at(6));
    const files = captureDownloads();
    const user = renderPanel(pat);
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }));

    await waitFor(() => expect(files).toHaveLength(1));
    const meetingDay = new Date(at(6));
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(files[0]!.name).toBe(
      `mentor-up-meeting-${meetingDay.getFullYear()}-${pad(meetingDay.getMonth() + 1)}-${pad(meetingDay.getDate())}.ics`,
    );
    expect(files[0]!.blob.type).toBe('text/calendar');
    const event = await readCalendar(files[0]!);
    expect(event.startDate.toUnixTime() * 1000).toBe(at(6, 9, 15));
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.summary).toBe('Mentoring session with Pat Lee');
    expect(event.description).toBeFalsy();
    expect(await files[0]!.blob.text()).not.toContain('comments');
  });

  it('puts the agenda in only when "Include the agenda" is ticked', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await saveNote({
      protegeId: pat.id,
      kind: 'talking-point',
      text: 'Who sees my comments?',
      source: { kind: 'popup' },
    });
    await wrapUpWithNextDate(pat, at(-7, 9), at(6));
    const files = captureDownloads();
    const user = renderPanel(pat);
    const agenda = await screen.findByRole('checkbox', { name: 'Include the agenda' });
    expect(agenda).toHaveProperty('checked', false);
    await user.click(agenda);
    await user.click(screen.getByRole('button', { name: 'Add to calendar' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const event = await readCalendar(files[0]!);
    expect(event.summary).toBe('Mentoring session with Pat');
    expect(event.description).toContain('Agenda:\n- Talking point: Who sees my comments?');
  });

  it('follows a new wrap-up at once', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    renderPanel(pat);
    await screen.findByText('Next meeting: not set');
    await act(() => wrapUpWithNextDate(pat, at(-1, 16), at(2)));
    await waitFor(() => expect(header().textContent).toContain(`Next meeting: ${formatMeetingTime(at(2, 16))}`));
  });
});

describe('the protégé switcher marks who is overdue', () => {
  it('by a goal past its date or no session within the cadence, after the name', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    const ana = await addProtege({ name: 'Ana', generation: 'millennial' });
    await addGoal(pat.id, 'Post once a week', at(-2));
    await updateProtege(ana.id, { agreement: { meetingFrequency: 'weekly' } });
    await startSession(ana.id, [], at(-20, 10));
    await startSession(sam.id, [], at(-1, 10));
    renderPanel(sam);
    const picker = await screen.findByRole('combobox', { name: 'Protégé' });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Ana — overdue', 'Pat — overdue', 'Sam']),
    );
    expect(within(picker).getByRole('option', { name: /^Pat/ })).toHaveProperty('value', pat.id);
  });
});

describe('a reminder clicked', () => {
  it('opens the panel on its protégé with the brief, once', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await panelRequest.setValue({ protegeId: sam.id, view: 'brief', at: Date.now() });
    renderPanel(pat);
    expect(await screen.findByRole('heading', { name: 'Brief: Sam' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Protégé' })).toHaveProperty('value', sam.id);
    await waitFor(async () => expect(await panelRequest.getValue()).toBeNull());
  });

  it('while the panel is open, switches to that brief', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    renderPanel(pat);
    await screen.findByRole('tab', { name: 'Coach' });
    await act(() => panelRequest.setValue({ protegeId: sam.id, view: 'brief', at: Date.now() }));
    expect(await screen.findByRole('heading', { name: 'Brief: Sam' })).toBeDefined();
  });

  it('long ago, or for a protégé since deleted, is let go', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await panelRequest.setValue({ protegeId: sam.id, view: 'brief', at: Date.now() - DAY });
    renderPanel(pat);
    await screen.findByRole('tab', { name: 'Coach' });
    await waitFor(async () => expect(await panelRequest.getValue()).toBeNull());
    expect(screen.queryByRole('heading', { name: /^Brief:/ })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Protégé' })).toHaveProperty('value', pat.id);

    await act(() => panelRequest.setValue({ protegeId: 'gone', view: 'brief', at: Date.now() }));
    await waitFor(async () => expect(await panelRequest.getValue()).toBeNull());
    expect(screen.queryByRole('heading', { name: /^Brief:/ })).toBeNull();
  });
});
