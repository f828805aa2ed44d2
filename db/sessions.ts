import type { Stage } from '../content/vocabulary';
import { sessionSchema } from './backup/format';
import { db, newId } from './database';
import { InvalidInputError, optionalText } from './errors';
import { saveNote } from './notes';
import { MAX_WRAP_UP_LENGTH, storable, storableChange } from './record-rules';
import { currentStage, recordStage } from './stage-events';
import type { Id, Session, WrapUp } from './types';

export async function startSession(protegeId: Id, agenda: readonly string[] = [], now = Date.now()) {
  const session = storable(
    sessionSchema,
    { id: newId(), protegeId, startedAt: now, agenda: [...agenda] } satisfies Session,
    'The session',
  );
  await db.transaction('rw', [db.sessions, db.proteges], async () => {
    if ((await db.proteges.get(protegeId)) === undefined) throw new InvalidInputError('That protégé no longer exists.');
    await db.sessions.add(session);
  });
  return session;
}

/** Closes a running session with its wrap-up as given (wrapUpSession records what goes with it). */
async function endSession(id: Id, wrapUp: WrapUp = {}, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(id);
    if (!session) throw new InvalidInputError('That session no longer exists.');
    if (session.endedAt !== undefined) throw new InvalidInputError('That session has already ended.');
    await db.sessions.put(
      storableChange(sessionSchema, session, { ...session, endedAt: now, wrapUp: { ...wrapUp } }, 'The session'),
    );
  });
}

/** Newest first. */
export function listSessions(protegeId: Id): Promise<Session[]> {
  return db.protegeRecords('sessions', protegeId).reverse().toArray();
}

export function getSession(id: Id): Promise<Session | undefined> {
  return db.sessions.get(id);
}

/** The session still running for this protégé, if any. */
export async function activeSession(protegeId: Id): Promise<Session | undefined> {
  const latest = await db.protegeRecords('sessions', protegeId).last();
  return latest && latest.endedAt === undefined ? latest : undefined;
}

export interface WrapUpInput {
  stage?: Stage;
  thanks?: string;
  nextMeetingAt?: number;
  summary?: string;
}

/**
 * Ends a session with its wrap-up, all or nothing: the session closes, a changed stage is
 * recorded as a stage event, and thanks become a gratitude note linked to the session.
 */
export async function wrapUpSession(id: Id, input: WrapUpInput, now = Date.now()): Promise<void> {
  const thanks = optionalText(input.thanks, 'The thanks', MAX_WRAP_UP_LENGTH);
  const summary = optionalText(input.summary, 'The summary', MAX_WRAP_UP_LENGTH);
  await db.transaction('rw', [db.sessions, db.stageEvents, db.notes, db.proteges], async () => {
    const session = await db.sessions.get(id);
    if (!session) throw new InvalidInputError('That session no longer exists.');
    const wrapUp: WrapUp = {};
    if (input.stage) {
      wrapUp.stage = input.stage;
      const before = await currentStage(session.protegeId);
      if (before?.stage !== input.stage)
        await recordStage(session.protegeId, input.stage, 'Stage check at the end of a session', now);
    }
    if (thanks) {
      wrapUp.thanks = thanks;
      await saveNote(
        { protegeId: session.protegeId, sessionId: id, kind: 'gratitude', text: thanks, source: { kind: 'sidepanel' } },
        now,
      );
    }
    if (input.nextMeetingAt !== undefined) wrapUp.nextMeetingAt = input.nextMeetingAt;
    if (summary) wrapUp.summary = summary;
    await endSession(id, wrapUp, now);
  });
}
