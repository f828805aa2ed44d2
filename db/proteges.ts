import { isGeneration, type Generation } from '../content/vocabulary';
import { db, newId, protegeKeyRange } from './database';
import { InvalidInputError, optionalText, requireText } from './errors';
import type { Agreement, Id, Protege } from './types';

export const MAX_NAME_LENGTH = 100;
export const MAX_PROFILE_FIELD_LENGTH = 2000;

export interface NewProtege {
  name: string;
  generation: Generation;
  role?: string;
}

export type ProtegeChanges = Partial<
  Pick<Protege, 'name' | 'generation' | 'role' | 'gaps' | 'mentorSkills' | 'preferences' | 'agreement'>
>;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function checkGeneration(generation: unknown): Generation {
  if (!isGeneration(generation)) throw new InvalidInputError('Choose a generation.');
  return generation;
}

/**
 * A new protégé record checked and ready to store (throws with a people-facing message when
 * the input cannot be stored). The id is chosen here, so a caller can keep it before the write.
 */
export function prepareProtege(input: NewProtege, now = Date.now(), id = newId()): Protege {
  const protege: Protege = {
    id,
    name: requireText(input.name, 'The name', MAX_NAME_LENGTH),
    generation: checkGeneration(input.generation),
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  const role = optionalText(input.role, 'The role', MAX_NAME_LENGTH);
  if (role) protege.role = role;
  return protege;
}

/** Stores a prepared protégé once: writing the same record again (a retry) changes nothing. */
export async function storeNewProtege(protege: Protege): Promise<void> {
  await db.transaction('rw', db.proteges, async () => {
    if ((await db.proteges.get(protege.id)) === undefined) await db.proteges.add(protege);
  });
}

export async function addProtege(input: NewProtege, now = Date.now()): Promise<Protege> {
  const protege = prepareProtege(input, now);
  await storeNewProtege(protege);
  return protege;
}

export function getProtege(id: Id): Promise<Protege | undefined> {
  return db.proteges.get(id);
}

/** Protégés sorted by name as people read it (case- and accent-insensitive). */
export async function listProteges({ includeArchived = false } = {}): Promise<Protege[]> {
  const all = await db.proteges.toArray();
  return all
    .filter((p) => includeArchived || !p.archived)
    .sort((a, b) => byName.compare(a.name, b.name) || a.createdAt - b.createdAt);
}

function cleanAgreement(agreement: Agreement): Agreement {
  const clean: Agreement = {};
  for (const key of ['timeline', 'meetingFrequency', 'meetingAims'] as const) {
    const value = optionalText(agreement[key], 'This field', MAX_PROFILE_FIELD_LENGTH);
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}

export async function updateProtege(id: Id, changes: ProtegeChanges, now = Date.now()): Promise<void> {
  const update: Partial<Protege> = { updatedAt: now };
  if (changes.name !== undefined) update.name = requireText(changes.name, 'The name', MAX_NAME_LENGTH);
  if (changes.generation !== undefined) update.generation = checkGeneration(changes.generation);
  for (const key of ['role', 'gaps', 'mentorSkills', 'preferences'] as const) {
    if (key in changes) {
      const limit = key === 'role' ? MAX_NAME_LENGTH : MAX_PROFILE_FIELD_LENGTH;
      update[key] = optionalText(changes[key], 'This field', limit);
    }
  }
  if (changes.agreement !== undefined) update.agreement = cleanAgreement(changes.agreement);
  const count = await db.transaction('rw', db.proteges, () => db.proteges.update(id, update));
  if (count === 0) throw new InvalidInputError('That protégé no longer exists.');
}

export async function setProtegeArchived(id: Id, archived: boolean, now = Date.now()): Promise<void> {
  const count = await db.transaction('rw', db.proteges, () => db.proteges.update(id, { archived, updatedAt: now }));
  if (count === 0) throw new InvalidInputError('That protégé no longer exists.');
}

/** What deleting a protégé removed besides their profile: the ids drafts and edits may point at. */
export interface DeletedProtegeRecords {
  noteIds: Id[];
  sessionIds: Id[];
}

/** Deletes a protégé and everything recorded about them, all or nothing. */
export async function deleteProtege(id: Id): Promise<DeletedProtegeRecords> {
  return db.transaction(
    'rw',
    [db.proteges, db.notes, db.stageEvents, db.sessions, db.goals, db.tipFeedback],
    async () => {
      const notes = db.notes.where('[protegeId+createdAt]').between(...protegeKeyRange(id));
      const sessions = db.sessions.where('[protegeId+startedAt]').between(...protegeKeyRange(id));
      const deleted = { noteIds: await notes.primaryKeys(), sessionIds: await sessions.primaryKeys() };
      await notes.delete();
      await db.stageEvents
        .where('[protegeId+at]')
        .between(...protegeKeyRange(id))
        .delete();
      await sessions.delete();
      await db.goals.where('protegeId').equals(id).delete();
      await db.tipFeedback.where('protegeId').equals(id).delete();
      await db.proteges.delete(id);
      return deleted;
    },
  );
}

export interface ProtegeRecordCounts {
  notes: number;
  stageEvents: number;
  sessions: number;
  goals: number;
}

/** What deleting this protégé would remove, to name it before asking. */
export async function countProtegeRecords(id: Id): Promise<ProtegeRecordCounts> {
  const [notes, stageEvents, sessions, goals] = await Promise.all([
    db.notes
      .where('[protegeId+createdAt]')
      .between(...protegeKeyRange(id))
      .count(),
    db.stageEvents
      .where('[protegeId+at]')
      .between(...protegeKeyRange(id))
      .count(),
    db.sessions
      .where('[protegeId+startedAt]')
      .between(...protegeKeyRange(id))
      .count(),
    db.goals.where('protegeId').equals(id).count(),
  ]);
  return { notes, stageEvents, sessions, goals };
}
