import { z } from '../utils/zod';
import { db } from './database';
import { InvalidInputError } from './errors';
import { AGREEMENT_FIELDS, PROFILE_TEXT_FIELDS, type AgreementField, type ProfileTextField } from './record-rules';
import { updateNoteText } from './notes';
import { updateProtege, type ProtegeChanges } from './proteges';
import { openPageIds, thisPageId } from '../utils/page-presence';
import { privateArea } from '../utils/private-area';

/**
 * Edits typed into autosaving fields are kept in the private area on every keystroke and
 * written to the database shortly after. If the page closes or reloads in between, the next
 * page to open finishes the write, so no edit is lost.
 */

/** The fields an autosaving profile box edits: the name and every free-text field. */
const PROFILE_FIELDS = ['name', ...PROFILE_TEXT_FIELDS] as ['name', ...ProfileTextField[]];

const targetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('note-text'), id: z.string().min(1) }).strict(),
  z.object({ type: z.literal('profile'), id: z.string().min(1), field: z.enum(PROFILE_FIELDS) }).strict(),
  z
    .object({
      type: z.literal('agreement'),
      id: z.string().min(1),
      field: z.enum(AGREEMENT_FIELDS as [AgreementField, ...AgreementField[]]),
    })
    .strict(),
]);
export type EditTarget = z.infer<typeof targetSchema>;

const pendingSchema = z
  .object({
    target: targetSchema,
    value: z.string(),
    /** The stored text the edit started from: a write over anything else is a conflict. */
    base: z.string().optional(),
    /** The page it is typed in, which writes it itself while it is open. */
    page: z.string().optional(),
  })
  .strict();
export type PendingEdit = z.infer<typeof pendingSchema>;

const PREFIX = 'pendingEdit:';

function storageKey(target: EditTarget) {
  const field = 'field' in target ? `:${target.field}` : '';
  return `${PREFIX}${target.type}:${target.id}${field}`;
}

/** Keeps an edit on every keystroke; `base` is the stored text it started from. */
export async function keepPendingEdit(target: EditTarget, value: string, base?: string): Promise<void> {
  const edit: PendingEdit = { target, value, page: thisPageId() };
  if (base !== undefined) edit.base = base;
  await privateArea().set({ [storageKey(target)]: edit });
}

/** Forgets a pending edit once written, unless a newer one was typed meanwhile. */
export async function clearPendingEdit(target: EditTarget, written: string): Promise<void> {
  const key = storageKey(target);
  const parsed = pendingSchema.safeParse((await privateArea().get([key]))[key]);
  if (parsed.success && parsed.data.value === written) await privateArea().remove([key]);
}

/** Forgets a pending edit whatever it holds: the user chose the stored text instead. */
export async function discardPendingEdit(target: EditTarget): Promise<void> {
  await privateArea().remove([storageKey(target)]);
}

export async function readPendingEdit(target: EditTarget): Promise<PendingEdit | undefined> {
  const key = storageKey(target);
  const parsed = pendingSchema.safeParse((await privateArea().get([key]))[key]);
  return parsed.success ? parsed.data : undefined;
}

/** Is `edit` being typed in another page that is still open (and will write it itself)? */
export async function isTypedElsewhere(edit: PendingEdit): Promise<boolean> {
  if (edit.page === undefined || edit.page === thisPageId()) return false;
  return (await openPageIds()).has(edit.page);
}

/**
 * The field was changed elsewhere after this edit began: writing it would silently replace
 * the other text. `current` is what is stored now.
 */
export class EditConflictError extends Error {
  override name = 'EditConflictError';
  constructor(readonly current: string) {
    super('This text was changed in another window while you were typing.');
  }
}

/** The stored text of the field an edit targets, or undefined when its record is gone. */
async function storedText(target: EditTarget): Promise<string | undefined> {
  if (target.type === 'note-text') return (await db.notes.get(target.id))?.text;
  const protege = await db.proteges.get(target.id);
  if (!protege) return undefined;
  return (target.type === 'profile' ? protege[target.field] : protege.agreement?.[target.field]) ?? '';
}

async function writeField(target: EditTarget, value: string): Promise<void> {
  switch (target.type) {
    case 'note-text':
      return updateNoteText(target.id, value);
    case 'profile':
      return updateProtege(target.id, { [target.field]: value } as ProtegeChanges);
    case 'agreement': {
      // Read inside the same transaction: two agreement fields saved at once both stay.
      const protege = await db.proteges.get(target.id);
      return updateProtege(target.id, { agreement: { ...protege?.agreement, [target.field]: value } });
    }
  }
}

/**
 * Writes one edit to the database and returns the text as stored (trimmed). With `base`, the
 * write is refused with an EditConflictError when the stored text is neither `base` nor the
 * same text: another page changed the field after this edit began. Throws with a
 * people-facing message when the edit cannot be stored.
 */
export function commitEdit(target: EditTarget, value: string, base?: string): Promise<string> {
  return db.transaction('rw', db.notes, db.proteges, async () => {
    const current = await storedText(target);
    if (current === undefined) {
      throw new InvalidInputError(`That ${target.type === 'note-text' ? 'note' : 'protégé'} no longer exists.`);
    }
    if (base !== undefined && current !== base && current !== value.trim()) throw new EditConflictError(current);
    await writeField(target, value);
    return (await storedText(target)) ?? '';
  });
}

/** Forgets every kept edit whose target `matches` (the edits of a deleted protégé). */
export async function forgetPendingEdits(matches: (target: EditTarget) => boolean): Promise<void> {
  const all = await privateArea().get();
  const keys = Object.entries(all).flatMap(([key, raw]) => {
    if (!key.startsWith(PREFIX)) return [];
    const parsed = pendingSchema.safeParse(raw);
    return parsed.success && matches(parsed.data.target) ? [key] : [];
  });
  await privateArea().remove(keys);
}

/**
 * Finishes edits that closed pages left behind; edits still being typed in an open page are
 * left to it. Returns the edits that could not be written, conflicts among them: they stay
 * kept, and the field offers them when it is next shown.
 */
export async function recoverPendingEdits(): Promise<(PendingEdit & { error: unknown })[]> {
  const all = await privateArea().get();
  const failures: (PendingEdit & { error: unknown })[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const parsed = pendingSchema.safeParse(raw);
    if (!parsed.success || (await isTypedElsewhere(parsed.data))) continue;
    const { target, value, base } = parsed.data;
    try {
      await commitEdit(target, value, base);
      await clearPendingEdit(target, value);
    } catch (error) {
      failures.push({ ...parsed.data, error });
    }
  }
  return failures;
}
