import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addGoal, setGoalDone } from '../../../db/goals';
import { logSituation, setActionDone, setTalkingPointDiscussed } from '../../../db/notes';
import { saveQuickNote } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import { recordStage } from '../../../db/stage-events';
import type { Protege } from '../../../db/types';
import { renderPanel, withPat } from './panel';

const DAY = 86_400_000;
const currentPat = withPat();
let pat: Protege;
beforeEach(() => {
  pat = currentPat();
});
const renderPat = () => renderPanel(pat);

async function finishSession(wrapUp: { summary?: string; nextMeetingAt?: number }, at = Date.now() - 7 * DAY) {
  const session = await startSession(pat.id, [], at);
  await wrapUpSession(session.id, wrapUp, at + 3_600_000);
  return session;
}

function part(name: string) {
  return screen.getByRole('region', { name });
}

describe('Brief', () => {
  it('shows the last wrap-up, open actions and talking points, goals, stage, situations, tips and agenda', async () => {
    const now = Date.now();
    await saveQuickNote({ protegeId: pat.id, kind: 'action', text: 'Send the headline examples' });
    const done = await saveQuickNote({ protegeId: pat.id, kind: 'action', text: 'Set up the account' });
    await setActionDone(done.id, true);
    await saveQuickNote({ protegeId: pat.id, kind: 'talking-point', text: 'Who sees a comment?' });
    const raised = await saveQuickNote({ protegeId: pat.id, kind: 'talking-point', text: 'Hashtags' });
    await setTalkingPointDiscussed(raised.id, true);
    await addGoal(pat.id, 'Post once a week', now - 3 * DAY);
    await addGoal(pat.id, 'Comment on a colleague’s post', now + 30 * DAY);
    const met = await addGoal(pat.id, 'Write a profile headline', now - 5 * DAY);
    await setGoalDone(met.id, true);
    await recordStage(pat.id, 'denial', 'Says it is for recruiters', now - 20 * DAY);
    const session = await startSession(pat.id, [], now - 10 * DAY);
    await logSituation(pat.id, session.id, 'pushing-back', now - 10 * DAY + 600_000);
    await wrapUpSession(
      session.id,
      { summary: 'Drafted a first post', stage: 'resistance' },
      now - 10 * DAY + 3_600_000,
    );

    const user = renderPat();
    await user.click(await screen.findByRole('button', { name: 'Brief' }));
    expect(await screen.findByRole('heading', { name: 'Brief: Pat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Brief' }).getAttribute('aria-pressed')).toBe('true');

    expect(within(part('Last session')).getByText('Drafted a first post')).toBeTruthy();

    const actions = within(screen.getByRole('list', { name: 'Open action items' })).getAllByRole('listitem');
    expect(actions.map((li) => li.textContent)).toEqual(['Send the headline examples']);
    const points = within(screen.getByRole('list', { name: 'Open talking points' })).getAllByRole('listitem');
    expect(points.map((li) => li.textContent)).toEqual(['Who sees a comment?']);

    const goals = within(screen.getByRole('list', { name: 'Open goals' })).getAllByRole('listitem');
    expect(goals.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Overdue: Post once a week, by /),
      expect.stringMatching(/^Comment on a colleague’s post, by /),
    ]);

    expect(part('Stage').textContent).toMatch(/Resistance for 9 days \(moved on from Denial on /);

    const seen = within(screen.getByRole('list', { name: 'Situations seen last time' })).getAllByRole('listitem');
    expect(seen.map((li) => li.textContent)).toEqual([expect.stringMatching(/\d{4}.*: Pushing back$/)]);

    const tips = within(screen.getByRole('list', { name: 'Tips for now' })).getAllByRole('article');
    expect(tips).toHaveLength(3);

    const agenda = within(screen.getByRole('list', { name: 'Suggested agenda' })).getAllByRole('listitem');
    expect(agenda.map((li) => li.textContent)).toEqual([
      'Talking point: Who sees a comment?',
      'Goal: Post once a week',
      'Goal: Comment on a colleague’s post',
      expect.stringMatching(/^Try: /),
    ]);

    // Toggled off, the tabs are back as they were.
    await user.click(screen.getByRole('button', { name: 'Brief' }));
    expect(screen.queryByRole('heading', { name: 'Brief: Pat' })).toBeNull();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Coach', 'Notes', 'Progress', 'Profile']);
  });

  it('reads well before the first session', async () => {
    const user = renderPat();
    await user.click(await screen.findByRole('button', { name: 'Brief' }));
    await screen.findByRole('heading', { name: 'Brief: Pat' });
    expect(part('Last session').textContent).toContain('No session yet');
    expect(part('Seen last time').textContent).toContain('No session yet');
    expect(part('Open action items').textContent).toContain('No open action items');
    expect(part('Talking points').textContent).toContain('No talking points waiting');
    expect(part('Goals').textContent).toContain('No goals agreed yet');
    expect(part('Stage').textContent).toContain('No stage recorded yet');
    // With nothing else to bring, the agenda is the one tip "Start session" would add.
    const agenda = within(screen.getByRole('list', { name: 'Suggested agenda' })).getAllByRole('listitem');
    expect(agenda.map((li) => li.textContent)).toEqual([expect.stringMatching(/^Try: /)]);
  });

  it.each([
    { when: 'the next meeting is today', nextMeetingAt: () => Date.now(), shown: true },
    { when: 'the next meeting is tomorrow', nextMeetingAt: () => Date.now() + DAY, shown: false },
    { when: 'the next meeting was yesterday', nextMeetingAt: () => Date.now() - DAY, shown: false },
    { when: 'no next meeting is known', nextMeetingAt: () => undefined, shown: false },
  ])('is shown by default only when a session is due today: $when', async ({ nextMeetingAt, shown }) => {
    const at = nextMeetingAt();
    await finishSession({ summary: 'Went well', ...(at !== undefined ? { nextMeetingAt: at } : {}) });
    renderPat();
    const brief = await screen.findByRole('button', { name: 'Brief' });
    if (shown) await screen.findByRole('heading', { name: 'Brief: Pat' });
    // Give the panel's reads time to finish, so a brief that would open late is caught.
    else await new Promise((settled) => setTimeout(settled, 300));
    expect(brief.getAttribute('aria-pressed')).toBe(String(shown));
    expect(screen.queryByRole('tablist') === null).toBe(shown);
  });

  it('stays closed once toggled off on the day of the meeting', async () => {
    await finishSession({ nextMeetingAt: Date.now() });
    const user = renderPat();
    await screen.findByRole('heading', { name: 'Brief: Pat' });
    await user.click(screen.getByRole('button', { name: 'Brief' }));
    expect(await screen.findByRole('tablist')).toBeTruthy();
    await saveQuickNote({ protegeId: pat.id, kind: 'note', text: 'a write that refreshes the panel' });
    expect(screen.queryByRole('heading', { name: 'Brief: Pat' })).toBeNull();
  });
});
