import { db, newId } from './database';
import { InvalidInputError, requireText } from './errors';
import type { Goal, Id, Timestamp } from './types';

export const MAX_GOAL_LENGTH = 500;

export async function addGoal(protegeId: Id, title: string, targetDate?: Timestamp, now = Date.now()): Promise<Goal> {
  const goal: Goal = {
    id: newId(),
    protegeId,
    title: requireText(title, 'The goal', MAX_GOAL_LENGTH),
    done: false,
    createdAt: now,
  };
  if (targetDate !== undefined) goal.targetDate = targetDate;
  await db.transaction('rw', db.goals, () => db.goals.add(goal));
  return goal;
}

/** In the order they were agreed. */
export async function listGoals(protegeId: Id): Promise<Goal[]> {
  const goals = await db.goals.where('protegeId').equals(protegeId).toArray();
  return goals.sort((a, b) => a.createdAt - b.createdAt);
}

export async function setGoalDone(id: Id, done: boolean, now = Date.now()): Promise<void> {
  const count = await db.transaction('rw', db.goals, () =>
    db.goals.update(id, done ? { done, doneAt: now } : { done, doneAt: undefined }),
  );
  if (count === 0) throw new InvalidInputError('That goal no longer exists.');
}

export async function deleteGoal(id: Id): Promise<void> {
  await db.transaction('rw', db.goals, () => db.goals.delete(id));
}
