import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rankTips } from '../../../content/rank-tips';
import { db } from '../../../db/database';
import { addGoal, listGoals } from '../../../db/goals';
import { listSessionNotes, saveNote } from '../../../db/notes';
import { getProtege } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { listSessions } from '../../../db/sessions';
import { recordStage, stageHistory } from '../../../db/stage-events';
import type { Protege } from '../../../db/types';
import { App, type PanelDrafts } from '../../../entrypoints/sidepanel/App';
import { wrapUpDraft } from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

const DAY = 86_400_000;
let pat: Protege;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  pat = await addProtege({ name: 'Pat', generation: 'boomer' });
});
afterEach(cleanup);

function renderPanel(drafts: Partial<PanelDrafts> = {}) {
  const user = userEvent.setup();
  render(
    <App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null, ...drafts }} initialProtegeId={pat.id} />,
  );
  return user;
}

describe('Profile tab', () => {
  it('saves every field and the agreement as you type', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Profile' }));
    await user.type(await screen.findByRole('textbox', { name: 'Role' }), 'Head of audit');
    await user.type(screen.getByRole('textbox', { name: 'Skills and knowledge gaps to close' }), 'Posting on LinkedIn');
    await user.type(screen.getByRole('textbox', { name: 'What you bring' }), 'Social media');
    await user.type(screen.getByRole('textbox', { name: 'Preferences' }), 'Likes written steps');
    await user.type(screen.getByRole('textbox', { name: 'Overall timeline' }), 'Three months');
    await user.type(screen.getByRole('textbox', { name: 'How often you meet' }), 'Fortnightly');
    await user.type(screen.getByRole('textbox', { name: 'What each meeting aims at' }), 'One new tool');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Generation' }), 'genx');
    await vi.waitFor(
      async () =>
        expect(await getProtege(pat.id)).toMatchObject({
          generation: 'genx',
          role: 'Head of audit',
          gaps: 'Posting on LinkedIn',
          mentorSkills: 'Social media',
          preferences: 'Likes written steps',
          agreement: { timeline: 'Three months', meetingFrequency: 'Fortnightly', meetingAims: 'One new tool' },
        }),
      { timeout: 3000 },
    );
    expect(screen.getByText(/A starting point for tips, never a verdict/)).toBeTruthy();
  });

  it('refuses an empty name with a message and keeps what was typed', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Profile' }));
    await user.clear(await screen.findByRole('textbox', { name: 'Name' }));
    expect((await screen.findByRole('alert', {}, { timeout: 2000 })).textContent).toContain('The name is empty.');
    expect((await getProtege(pat.id))?.name).toBe('Pat');
  });

  it('adds goals with a target date and ticks them', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Profile' }));
    await user.type(await screen.findByRole('textbox', { name: 'New goal' }), 'Post weekly on LinkedIn');
    await user.type(screen.getByLabelText('Target date (optional)'), '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Post weekly on LinkedIn' }));
    await vi.waitFor(async () =>
      expect(await listGoals(pat.id)).toMatchObject([
        { title: 'Post weekly on LinkedIn', done: true, targetDate: new Date(2027, 2, 1).getTime() },
      ]),
    );
  });

  it('archives and restores, and deletes only after a confirmation naming what goes', async () => {
    await saveNote({ protegeId: pat.id, kind: 'note', text: 'one', source: { kind: 'popup' } });
    await saveNote({ protegeId: pat.id, kind: 'note', text: 'two', source: { kind: 'popup' } });
    await addGoal(pat.id, 'Goal');
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Profile' }));
    await user.click(await screen.findByRole('button', { name: 'Archive protégé' }));
    await user.click(await screen.findByRole('button', { name: 'Restore protégé' }));
    await screen.findByRole('button', { name: 'Archive protégé' });
    expect((await getProtege(pat.id))?.archived).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete protégé…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('2 notes, 1 goal');
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(await getProtege(pat.id)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Delete protégé…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete Pat' }));
    await vi.waitFor(async () => expect(await getProtege(pat.id)).toBeUndefined());
    expect(await db.notes.count()).toBe(0);
  });
});

describe('Progress tab', () => {
  it('records moves forward and back, lists each with its date, and draws the chart', async () => {
    const now = Date.now();
    await recordStage(pat.id, 'denial', undefined, now - 20 * DAY);
    await recordStage(pat.id, 'acceptance', 'Posted twice unprompted', now - 10 * DAY);
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Progress' }));
    await screen.findByText('Pat has been in Acceptance for 10 days.');
    const group = screen.getByRole('radiogroup', { name: 'Change stage' });
    await user.type(screen.getByRole('textbox', { name: /What did you notice/ }), 'Frustrated by the new tool');
    await user.click(within(group).getByRole('radio', { name: 'Resistance' }));
    const list = await screen.findByRole('list', { name: 'Stage history' });
    await within(list).findByText(/moved back from Acceptance/);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/Denial \(first recorded\), lasted 10 days/),
      expect.stringMatching(/Acceptance \(moved on from Denial\), lasted 10 days — Posted twice unprompted/),
      expect.stringMatching(
        /Resistance \(moved back from Acceptance\), for less than a day — Frustrated by the new tool/,
      ),
    ]);
    const chart = document.querySelector('svg.stage-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    expect(chart?.querySelectorAll('.marker')).toHaveLength(3);
    expect(chart?.querySelectorAll('.step.back')).toHaveLength(1);
    expect((await stageHistory(pat.id)).map((e) => e.stage)).toEqual(['denial', 'acceptance', 'resistance']);
  });
});

describe('sessions', () => {
  it('starts with an agenda from open talking points and goals, links notes, ends with a wrap-up', async () => {
    await saveNote({ protegeId: pat.id, kind: 'talking-point', text: 'Hashtags', source: { kind: 'popup' } }, 1);
    await saveNote({
      protegeId: pat.id,
      kind: 'talking-point',
      text: 'Already covered',
      source: { kind: 'popup' },
    }).then((n) => db.notes.update(n.id, { discussed: true }));
    await addGoal(pat.id, 'Post weekly');
    await recordStage(pat.id, 'denial');
    const user = renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    const agenda = await screen.findByRole('list', { name: 'Agenda' });
    const [stageTip] = rankTips({ generation: 'boomer', stage: 'denial', moment: 'in-session', limit: 1 });
    const agendaLines = ['Talking point: Hashtags', 'Goal: Post weekly', `Try: ${stageTip!.tip.title}`];
    expect(
      within(agenda)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(agendaLines);
    const box = screen.getByRole('textbox', { name: 'Session note' });
    await user.type(box, 'Pat tried a first post{Control>}{Enter}{/Control}');
    await within(await screen.findByRole('list', { name: 'Notes this session' })).findByText('Pat tried a first post');
    await user.click(screen.getByRole('checkbox', { name: 'Hashtags' }));

    await user.click(screen.getByRole('button', { name: 'End session' }));
    const stageGroup = await screen.findByRole('radiogroup', { name: 'Stage at the end' });
    expect(within(stageGroup).getByRole('radio', { name: 'Denial' })).toHaveProperty('checked', true);
    await user.click(within(stageGroup).getByRole('radio', { name: 'Resistance' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Thanks given or received' }),
      'Pat offered an intro to the CFO',
    );
    await user.type(screen.getByLabelText('Next meeting'), '2027-01-15');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Good first post');
    await user.click(screen.getByRole('button', { name: 'Save wrap-up and end' }));
    await screen.findByRole('button', { name: 'Start session' });

    const [session] = await listSessions(pat.id);
    expect(session).toMatchObject({
      agenda: agendaLines,
      wrapUp: {
        stage: 'resistance',
        thanks: 'Pat offered an intro to the CFO',
        summary: 'Good first post',
        nextMeetingAt: new Date(2027, 0, 15).getTime(),
      },
    });
    expect(session?.endedAt).toBeGreaterThanOrEqual(session!.startedAt);
    expect((await listSessionNotes(session!.id)).map((n) => [n.kind, n.text])).toEqual([
      ['note', 'Pat tried a first post'],
      ['gratitude', 'Pat offered an intro to the CFO'],
    ]);
    expect((await stageHistory(pat.id)).map((e) => e.stage)).toEqual(['denial', 'resistance']);
    expect(await wrapUpDraft.getValue()).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Progress' }));
    const sessions = await screen.findByRole('list', { name: 'Sessions' });
    await within(sessions).findByText('Pat tried a first post');
    expect(sessions.textContent).toContain('Good first post');
  });

  it('comes back to a half-written wrap-up after a reload', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Start session' }));
    await user.click(await screen.findByRole('button', { name: 'End session' }));
    await user.type(await screen.findByRole('textbox', { name: 'Summary' }), 'Half a thought');
    cleanup();
    renderPanel({ wrapUp: await wrapUpDraft.getValue() });
    expect(await screen.findByRole('textbox', { name: 'Summary' })).toHaveProperty('value', 'Half a thought');
  });
});

describe('gratitude log', () => {
  it('logs thanks given and received and favours to return, per protégé, favours ticked when taken up', async () => {
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await saveNote({
      protegeId: sam.id,
      kind: 'gratitude',
      gratitude: 'given',
      text: 'Sam’s',
      source: { kind: 'popup' },
    });
    const user = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Progress' }));
    for (const [way, text] of [
      ['given', 'Thanked Pat for the time'],
      ['received', 'Pat thanked me in the team meeting'],
      ['favour', 'Pat offered an intro to the CFO'],
    ] as const) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Which way' }), way);
      await user.type(screen.getByRole('textbox', { name: 'What for' }), text);
      await user.click(screen.getByRole('button', { name: 'Add to log' }));
      await screen.findByText(text);
    }
    expect(screen.getByText(/1 thanks given, 1 received, 1 favours offered \(1 still to take up\)/)).toBeTruthy();
    const log = screen.getByRole('list', { name: 'Gratitude with Pat' });
    expect(log.textContent).not.toContain('Sam’s');
    await user.click(within(log).getByRole('checkbox', { name: 'Taken up' }));
    await screen.findByText(/1 favours offered\./);
  });

  it('refuses a direction on a note that is not gratitude', async () => {
    await expect(
      saveNote({ protegeId: pat.id, kind: 'note', gratitude: 'given', text: 'x', source: { kind: 'popup' } }),
    ).rejects.toThrow('Only gratitude notes say which way the thanks went.');
  });
});
