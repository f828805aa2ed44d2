import type { Generation } from '../content/vocabulary';
import { protegeSchema } from './backup/format';
import { db, newId, PROTEGE_TABLES } from './database';
import { InvalidInputError, optionalText, requireText } from './errors';
import { TABLE_NAMES } from './tables';
import {
  AGREEMENT_FIELDS,
  AGREEMENT_LIMITS,
  chosen,
  hasVisibleLetterOrDigit,
  MAX_NAME_LENGTH,
  PROFILE_TEXT_FIELDS,
  PROFILE_TEXT_LIMITS,
  storable,
  storableChange,
  stripBidiControls,
  type ProfileTextField,
} from './record-rules';
import type { Agreement, Id, Protege } from './types';

export interface NewProtege {
  name: string;
  generation: Generation;
  role?: string;
}

export type ProtegeChanges = Partial<Pick<Protege, 'name' | 'generation' | ProfileTextField | 'agreement'>>;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * A name as it is stored: marks that silently reorder text are taken out, and what is left
 * must show at least one letter or digit, so two protégés never look alike by accident or design.
 */
function cleanName(name: string): string {
  const clean = requireText(stripBidiControls(name), 'The name', MAX_NAME_LENGTH);
  if (!hasVisibleLetterOrDigit(clean)) throw new InvalidInputError('The name needs at least one letter or digit.');
  return clean;
}

function checkGeneration(generation: unknown): Generation {
  return chosen(protegeSchema.shape.generation, generation, 'Choose a generation.');
}

/**
 * A new protégé record checked and ready to store (throws with a people-facing message when
 * the input cannot be stored). The id is chosen here, so a caller can keep it before the write.
 */
export function prepareProtege(input: NewProtege, now = Date.now(), id = newId()): Protege {
  const protege: Protege = {
    id,
    name: cleanName(input.name),
    generation: checkGeneration(input.generation),
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  const role = optionalText(input.role, 'The role', PROFILE_TEXT_LIMITS.role);
  if (role) protege.role = role;
  return storable(protegeSchema, protege, 'The protégé');
}

/** Stores a prepared protégé once: writing the same record again (a retry) changes nothing. */
export async function storeNewProtege(protege: Protege): Promise<void> {
  await db.transaction('rw', db.proteges, async () => {
    if ((await db.proteges.get(protege.id)) === undefined) {
      await db.proteges.add(storable(protegeSchema, protege, 'The protégé'));
    }
  });
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
  for (const key of AGREEMENT_FIELDS) {
    const value = optionalText(agreement[key], 'This field', AGREEMENT_LIMITS[key]);
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}

export async function updateProtege(id: Id, changes: ProtegeChanges, now = Date.now()): Promise<void> {
  const update: Partial<Protege> = { updatedAt: now };
  if (changes.name !== undefined) update.name = cleanName(changes.name);
  if (changes.generation !== undefined) update.generation = checkGeneration(changes.generation);
  for (const key of PROFILE_TEXT_FIELDS) {
    if (key in changes) update[key] = optionalText(changes[key], 'This field', PROFILE_TEXT_LIMITS[key]);
  }
  if (changes.agreement !== undefined) update.agreement = cleanAgreement(changes.agreement);
  await changeProtege(id, update);
}

/** Writes `update` over the stored protégé only if the result keeps the backup's rules. */
async function changeProtege(id: Id, update: Partial<Protege>): Promise<void> {
  await db.transaction('rw', db.proteges, async () => {
    const stored = await db.proteges.get(id);
    if (stored === undefined) throw new InvalidInputError('That protégé no longer exists.');
    await db.proteges.put(storableChange(protegeSchema, stored, { ...stored, ...update }, 'The protégé'));
  });
}

export async function setProtegeArchived(id: Id, archived: boolean, now = Date.now()): Promise<void> {
  await changeProtege(id, { archived, updatedAt: now });
}

/** What deleting a protégé removed besides their profile: the ids drafts and edits may point at. */
export interface DeletedProtegeRecords {
  noteIds: Id[];
  sessionIds: Id[];
}

/** Deletes a protégé and everything recorded about them, all or nothing. */
export async function deleteProtege(id: Id): Promise<DeletedProtegeRecords> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    const deleted = {
      noteIds: await db.protegeRecords('notes', id).primaryKeys(),
      sessionIds: await db.protegeRecords('sessions', id).primaryKeys(),
    };
    for (const table of PROTEGE_TABLES) await db.protegeRecords(table, id).delete();
    await db.proteges.delete(id);
    return deleted;
  });
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
    db.protegeRecords('notes', id).count(),
    db.protegeRecords('stageEvents', id).count(),
    db.protegeRecords('sessions', id).count(),
    db.protegeRecords('goals', id).count(),
  ]);
  return { notes, stageEvents, sessions, goals };
}
