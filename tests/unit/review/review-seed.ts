import { addGoal, setGoalDone } from '../../../db/goals';
import { saveNote, setActionDone } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { startSession, wrapUpSession } from '../../../db/sessions';
import { recordStage } from '../../../db/stage-events';

/**
 * Local time `offset` months from this one, on a set day. Everything below happens in months
 * that have ended, so what a period counts does not depend on today's date.
 */
export function monthsAgo(offset: number, day = 10, hour = 10): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth() - offset, day, hour).getTime();
}

/** Month -8 (eight months back) holds two of Pat's sessions. */
export const PAT_SESSION_MONTHS = [13, 10, 8, 8, 1];

/**
 * Pat, mentored for over a year, and Sam, added five months ago with nothing recorded since.
 * Over the last 12 months Pat has: 4 sessions, 2 goals set and 1 met, 2 action items and 1 done,
 * thanks given once and received once, two stage moves forward, "Pushing back" seen twice.
 */
export async function seedPatAndSam() {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' }, monthsAgo(14));
  const sam = await addProtege({ name: 'Sam Ortiz', generation: 'genx' }, monthsAgo(5));
  const days = new Map<number, number>();
  for (const month of PAT_SESSION_MONTHS) {
    const day = 6 + 10 * (days.get(month) ?? 0);
    days.set(month, (days.get(month) ?? 0) + 1);
    const session = await startSession(pat.id, ['Private agenda'], monthsAgo(month, day));
    await wrapUpSession(session.id, { summary: 'Private summary' }, monthsAgo(month, day, 11));
  }
  await recordStage(pat.id, 'denial', 'Private evidence', monthsAgo(10, 12));
  await recordStage(pat.id, 'resistance', undefined, monthsAgo(8, 12));
  await recordStage(pat.id, 'acceptance', undefined, monthsAgo(1, 12));
  const met = await addGoal(pat.id, 'Private goal one', undefined, monthsAgo(10, 3));
  await setGoalDone(met.id, true, monthsAgo(1, 20));
  await addGoal(pat.id, 'Private goal two', undefined, monthsAgo(8, 3));
  const note = (kind: 'action' | 'gratitude' | 'note', month: number, extra: object = {}) =>
    saveNote(
      { protegeId: pat.id, kind, text: 'Private note text', source: { kind: 'sidepanel' }, ...extra },
      monthsAgo(month, 7),
    );
  const done = await note('action', 8);
  await setActionDone(done.id, true, monthsAgo(7));
  await note('action', 1);
  await note('gratitude', 10, { gratitude: 'given' });
  await note('gratitude', 8, { gratitude: 'received' });
  await note('note', 8, { situation: 'pushing-back' });
  await note('note', 8, { situation: 'pushing-back' });
  await note('note', 1, { situation: 'going-quiet' });
  return { pat, sam };
}

/** "2027-03-05", local time, as a date field takes it. */
export function dayValue(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
