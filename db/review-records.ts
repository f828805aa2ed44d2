import type { ProtegeRecords } from '../utils/review-aggregates';
import { db } from './database';
import { listProteges } from './proteges';
import { stripWords } from './search-index';
import type { Goal, Id, Note, Protege, Session, StageEvent } from './types';

/** One protégé's records as they are gathered. */
interface Gathered {
  protege: Protege;
  sessions: Session[];
  stageEvents: StageEvent[];
  goals: Goal[];
  notes: Note[];
}

/**
 * Every protégé, archived ones too, sorted by name, with what is recorded about them: for a
 * programme review or the coordinator's CSV. Read in one transaction, so the counts agree.
 * Notes in the inbox belong to no protégé and are left out.
 */
export function loadReviewRecords(): Promise<ProtegeRecords[]> {
  return db.transaction('r', [db.proteges, db.sessions, db.stageEvents, db.goals, db.notes], async () => {
    const [proteges, sessions, stageEvents, goals, notes] = await Promise.all([
      listProteges({ includeArchived: true }),
      db.sessions.toArray(),
      db.stageEvents.toArray(),
      db.goals.toArray(),
      db.notes.toArray(),
    ]);
    const byProtege = new Map<Id, Gathered>(
      proteges.map((protege) => [protege.id, { protege, sessions: [], stageEvents: [], goals: [], notes: [] }]),
    );
    const of = (protegeId: Id | undefined) => (protegeId === undefined ? undefined : byProtege.get(protegeId));
    for (const session of sessions) of(session.protegeId)?.sessions.push(session);
    for (const event of stageEvents) of(event.protegeId)?.stageEvents.push(event);
    for (const goal of goals) of(goal.protegeId)?.goals.push(goal);
    for (const note of notes) of(note.protegeId)?.notes.push(stripWords(note));
    return [...byProtege.values()];
  });
}
