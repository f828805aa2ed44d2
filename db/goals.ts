import { goalSchema } from './backup/format';
import { db, newId } from './database';
import { InvalidInputError, requireText } from './errors';
import { MAX_GOAL_LENGTH, storable, storableChange } from './record-rules';
import type { Goal, Id, Timestamp } from './types';

export async function addGoal(protegeId: Id, title: string, targetDate?: Timestamp, now = Date.now()): Promise<Goal> {
  const goal: Goal = {
    id: newId(),
    protegeId,
    title: requireText(title, 'The goal', MAX_GOAL_LENGTH),
    done: false,
    createdAt: now,
  };
  if (targetDate !== undefined) goal.targetDate = targetDate;
  const checked = storable(goalSchema, goal, 'The goal');
  await db.transaction('rw', [db.goals, db.proteges], async () => {
    if ((await db.proteges.get(protegeId)) === undefined) throw new InvalidInputError('That protégé no longer exists.');
    await db.goals.add(checked);
  });
  return checked;
}

/** In the order they were agreed. */
export async function listGoals(protegeId: Id): Promise<Goal[]> {
  const goals = await db.protegeRecords('goals', protegeId).toArray();
  return goals.sort((a, b) => a.createdAt - b.createdAt);
}

export async function setGoalDone(id: Id, done: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const stored = await db.goals.get(id);
    if (stored === undefined) throw new InvalidInputError('That goal no longer exists.');
    await db.goals.put(
      storableChange(goalSchema, stored, { ...stored, done, doneAt: done ? now : undefined }, 'The goal'),
    );
  });
}

export async function deleteGoal(id: Id): Promise<void> {
  await db.transaction('rw', db.goals, () => db.goals.delete(id));
}
