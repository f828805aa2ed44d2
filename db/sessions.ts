import { db, newId, protegeKeyRange } from './database';
import { InvalidInputError } from './errors';
import type { Id, Session, WrapUp } from './types';

export async function startSession(protegeId: Id, agenda: readonly string[] = [], now = Date.now()) {
  const session: Session = { id: newId(), protegeId, startedAt: now, agenda: [...agenda] };
  await db.transaction('rw', db.sessions, () => db.sessions.add(session));
  return session;
}

export async function endSession(id: Id, wrapUp: WrapUp = {}, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(id);
    if (!session) throw new InvalidInputError('That session no longer exists.');
    if (session.endedAt !== undefined) throw new InvalidInputError('That session has already ended.');
    await db.sessions.update(id, { endedAt: now, wrapUp: { ...wrapUp } });
  });
}

/** Newest first. */
export function listSessions(protegeId: Id): Promise<Session[]> {
  return db.sessions
    .where('[protegeId+startedAt]')
    .between(...protegeKeyRange(protegeId))
    .reverse()
    .toArray();
}

/** The session still running for this protégé, if any. */
export async function activeSession(protegeId: Id): Promise<Session | undefined> {
  const latest = await db.sessions
    .where('[protegeId+startedAt]')
    .between(...protegeKeyRange(protegeId))
    .last();
  return latest && latest.endedAt === undefined ? latest : undefined;
}
