import { beforeEach, describe, expect, it } from 'vitest';
import { addGoal, deleteGoal, listGoals, setGoalDone } from '../../../db/goals';
import { addProtege } from './seed';
import { activeSession, listSessions, startSession, wrapUpSession } from '../../../db/sessions';
import { currentStage, recordStage, stageHistory } from '../../../db/stage-events';
import { clearTipFeedback, feedbackFor, setTipFeedback } from '../../../db/tip-feedback';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

async function protegeId() {
  return (await addProtege({ name: 'Pat', generation: 'genx' })).id;
}

describe('stage events', () => {
  it('has no current stage until one is recorded', async () => {
    expect(await currentStage(await protegeId())).toBeUndefined();
  });

  it('keeps a dated history, backward moves included, and the latest is current', async () => {
    const pid = await protegeId();
    await recordStage(pid, 'denial', undefined, 10);
    await recordStage(pid, 'resistance', ' pushed back on Slack ', 20);
    await recordStage(pid, 'denial', '', 30);
    const history = await stageHistory(pid);
    expect(history.map((e) => [e.stage, e.at, e.evidence])).toEqual([
      ['denial', 10, undefined],
      ['resistance', 20, 'pushed back on Slack'],
      ['denial', 30, undefined],
    ]);
    expect((await currentStage(pid))?.stage).toBe('denial');
  });

  it('refuses an unknown stage', async () => {
    // @ts-expect-error: an invalid stage is the point
    await expect(recordStage(await protegeId(), 'anger')).rejects.toThrow('Choose a change stage.');
  });
});

describe('sessions', () => {
  it('starts, finds the running session, ends once with a wrap-up', async () => {
    const pid = await protegeId();
    const first = await startSession(pid, ['Open talking points'], 100);
    expect((await activeSession(pid))?.id).toBe(first.id);
    await wrapUpSession(first.id, { stage: 'resistance', thanks: 'Thanked for the intro' }, 200);
    expect(await activeSession(pid)).toBeUndefined();
    await expect(wrapUpSession(first.id, {})).rejects.toThrow('That session has already ended.');
    const second = await startSession(pid, [], 300);
    expect((await listSessions(pid)).map((s) => s.id)).toEqual([second.id, first.id]);
    expect((await listSessions(pid))[1]).toMatchObject({
      endedAt: 200,
      agenda: ['Open talking points'],
      wrapUp: { stage: 'resistance', thanks: 'Thanked for the intro' },
    });
  });

  it('says so when ending a session that does not exist', async () => {
    await expect(wrapUpSession('missing', {})).rejects.toThrow('That session no longer exists.');
  });
});

describe('goals', () => {
  it('adds goals in order, ticks and unticks them, deletes', async () => {
    const pid = await protegeId();
    const a = await addGoal(pid, 'Post on LinkedIn weekly', Date.UTC(2027, 0, 1), 1);
    const b = await addGoal(pid, 'Use Copilot for a report', undefined, 2);
    await setGoalDone(a.id, true, 9);
    expect(await listGoals(pid)).toMatchObject([
      { id: a.id, done: true, doneAt: 9, targetDate: Date.UTC(2027, 0, 1) },
      { id: b.id, done: false },
    ]);
    await setGoalDone(a.id, false);
    const reopened = (await listGoals(pid))[0];
    expect(reopened).toMatchObject({ done: false });
    expect(reopened).not.toHaveProperty('doneAt');
    await deleteGoal(b.id);
    expect(await listGoals(pid)).toHaveLength(1);
    await expect(addGoal(pid, ' ')).rejects.toThrow('The goal is empty.');
  });
});

describe('tip feedback', () => {
  it('keeps one verdict per protégé and tip, separate for each protégé', async () => {
    const a = await protegeId();
    const b = await protegeId();
    await setTipFeedback(a, 'tip-1', 'not-a-fit');
    await setTipFeedback(a, 'tip-1', 'worked');
    await setTipFeedback(a, 'tip-2', 'not-a-fit');
    await setTipFeedback(b, 'tip-1', 'not-a-fit');
    expect(await feedbackFor(a)).toEqual(
      new Map([
        ['tip-1', 'worked'],
        ['tip-2', 'not-a-fit'],
      ]),
    );
    expect(await feedbackFor(b)).toEqual(new Map([['tip-1', 'not-a-fit']]));
    await clearTipFeedback(a, 'tip-1');
    expect(await feedbackFor(a)).toEqual(new Map([['tip-2', 'not-a-fit']]));
  });
});
