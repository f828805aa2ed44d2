import type { Goal, Note, Session } from '../db/types';

/** Local midnight of the day `at` falls on. */
export function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** The latest session that has ended, from a list newest first (as `listSessions` gives). */
export function lastFinishedSession(sessions: readonly Session[]): Session | undefined {
  return sessions.find((session) => session.endedAt !== undefined);
}

/** True when the last wrap-up set the next meeting for the day `now` falls on; false when no date is known. */
export function isMeetingToday(sessions: readonly Session[], now: number): boolean {
  const next = lastFinishedSession(sessions)?.wrapUp?.nextMeetingAt;
  return next !== undefined && startOfDay(next) === startOfDay(now);
}

/** A goal not met whose target day has passed (due today is not overdue). */
export function isGoalOverdue(goal: Goal, now: number): boolean {
  return !goal.done && goal.targetDate !== undefined && startOfDay(goal.targetDate) < startOfDay(now);
}

/** Action items not ticked off, oldest first: they have waited longest. */
export function openActions(notes: readonly Note[]): Note[] {
  return notes.filter((note) => note.kind === 'action' && note.done !== true).sort((a, b) => a.createdAt - b.createdAt);
}

/** Talking points not yet raised, oldest first. */
export function openTalkingPoints(notes: readonly Note[]): Note[] {
  return notes
    .filter((note) => note.kind === 'talking-point' && note.discussed !== true)
    .sort((a, b) => a.createdAt - b.createdAt);
}
