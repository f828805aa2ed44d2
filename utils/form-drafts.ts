import { z } from './zod';
import { privateArea } from './private-area';
import { FORM_DRAFT_PREFIX, formDraftItem, type FormDraft } from './storage';

/**
 * Form drafts, read once as a page opens so a form shows what was typed before a reload or a
 * closed popup from its first render. Every form reads and writes its draft through here.
 */

const formDraftSchema = z
  .object({ fields: z.record(z.string(), z.string()), submittedId: z.string().min(1).optional() })
  .strict();

/** Stored values are outside data: anything that is not a draft is read as no draft. */
export function parseFormDraft(value: unknown): FormDraft | null {
  const parsed = formDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// The drafts as this page last read or wrote them; a form missing here has none.
const known = new Map<string, FormDraft>();
let loaded = false;

/** Reads every form draft at once, before the page's first render. */
export async function loadFormDrafts(): Promise<void> {
  const all = await privateArea().get();
  known.clear();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(FORM_DRAFT_PREFIX) || key.endsWith('$')) continue;
    const draft = parseFormDraft(value);
    if (draft) known.set(key.slice(FORM_DRAFT_PREFIX.length), draft);
  }
  loaded = true;
}

/** The draft as read when the page opened (null: none), or undefined when the drafts were not read yet. */
export function preloadedFormDraft(form: string): FormDraft | null | undefined {
  return loaded ? (known.get(form) ?? null) : undefined;
}

export async function readFormDraft(form: string): Promise<FormDraft | null> {
  const draft = parseFormDraft(await formDraftItem(form).getValue());
  if (draft) known.set(form, draft);
  else known.delete(form);
  return draft;
}

export async function keepFormDraft(form: string, draft: FormDraft): Promise<void> {
  known.set(form, draft);
  await formDraftItem(form).setValue(draft);
}

export async function clearFormDraft(form: string): Promise<void> {
  known.delete(form);
  await formDraftItem(form).removeValue();
}

/** The form keys in use, one home for each. */
export const FORMS = {
  addProtege: 'add-protege',
  goal: (protegeId: string) => `goal:${protegeId}`,
  stageEvidence: (protegeId: string) => `stage-evidence:${protegeId}`,
  gratitude: (protegeId: string) => `gratitude:${protegeId}`,
} as const;

/** Every form key that belongs to one protégé, so deleting them can clear their drafts. */
export function protegeForms(protegeId: string): string[] {
  return [FORMS.goal(protegeId), FORMS.stageEvidence(protegeId), FORMS.gratitude(protegeId)];
}
