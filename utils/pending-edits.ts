import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { updateNoteText } from '../db/notes';
import { getProtege, updateProtege, type ProtegeChanges } from '../db/proteges';

/**
 * Edits typed into autosaving fields are kept in extension storage on every keystroke and
 * written to the database shortly after. If the page closes or reloads in between, the next
 * page to open finishes the write, so no edit is lost.
 */

export const PROFILE_FIELDS = ['name', 'role', 'gaps', 'mentorSkills', 'preferences'] as const;
export const AGREEMENT_FIELDS = ['timeline', 'meetingFrequency', 'meetingAims'] as const;

const targetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('note-text'), id: z.string().min(1) }).strict(),
  z.object({ type: z.literal('profile'), id: z.string().min(1), field: z.enum(PROFILE_FIELDS) }).strict(),
  z.object({ type: z.literal('agreement'), id: z.string().min(1), field: z.enum(AGREEMENT_FIELDS) }).strict(),
]);
export type EditTarget = z.infer<typeof targetSchema>;

const pendingSchema = z.object({ target: targetSchema, value: z.string() }).strict();

const PREFIX = 'pendingEdit:';

function storageKey(target: EditTarget) {
  const field = 'field' in target ? `:${target.field}` : '';
  return `local:${PREFIX}${target.type}:${target.id}${field}` as const;
}

export async function keepPendingEdit(target: EditTarget, value: string): Promise<void> {
  await storage.setItem(storageKey(target), { target, value });
}

/** Forgets a pending edit once written, unless a newer one was typed meanwhile. */
export async function clearPendingEdit(target: EditTarget, written: string): Promise<void> {
  const key = storageKey(target);
  const parsed = pendingSchema.safeParse(await storage.getItem(key));
  if (parsed.success && parsed.data.value === written) await storage.removeItem(key);
}

export async function readPendingEdit(target: EditTarget): Promise<string | undefined> {
  const parsed = pendingSchema.safeParse(await storage.getItem(storageKey(target)));
  return parsed.success ? parsed.data.value : undefined;
}

/** Writes one edit to the database. Throws with a people-facing message when it cannot. */
export async function commitEdit(target: EditTarget, value: string): Promise<void> {
  switch (target.type) {
    case 'note-text':
      return updateNoteText(target.id, value);
    case 'profile':
      return updateProtege(target.id, { [target.field]: value } as ProtegeChanges);
    case 'agreement': {
      const protege = await getProtege(target.id);
      return updateProtege(target.id, { agreement: { ...protege?.agreement, [target.field]: value } });
    }
  }
}

/** Forgets every kept edit whose target `matches` (the edits of a deleted protégé). */
export async function forgetPendingEdits(matches: (target: EditTarget) => boolean): Promise<void> {
  const all = await storage.snapshot('local');
  const keys = Object.entries(all).flatMap(([key, raw]) => {
    if (!key.startsWith(PREFIX)) return [];
    const parsed = pendingSchema.safeParse(raw);
    return parsed.success && matches(parsed.data.target) ? [`local:${key}` as const] : [];
  });
  if (keys.length) await storage.removeItems(keys);
}

/**
 * Finishes edits a closed page left behind. Returns the edits that could not be written
 * (they stay kept, for the next try).
 */
export async function recoverPendingEdits(): Promise<{ target: EditTarget; value: string; error: unknown }[]> {
  const all = await storage.snapshot('local');
  const failures: { target: EditTarget; value: string; error: unknown }[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const parsed = pendingSchema.safeParse(raw);
    if (!parsed.success) continue;
    const { target, value } = parsed.data;
    try {
      await commitEdit(target, value);
      await clearPendingEdit(target, value);
    } catch (error) {
      failures.push({ target, value, error });
    }
  }
  return failures;
}
