import { isGeneration } from '../content/vocabulary';
import { prepareProtege, storeNewProtege } from './proteges';
import { clearFormDraft, FORMS, keepFormDraft, preloadedFormDraft, readFormDraft } from '../utils/form-drafts';

/**
 * A protégé submitted on a page that closed before the write committed (a popup closed right
 * after "Add protégé") is stored by the next page that opens, under the id kept with the
 * draft, so a retry cannot add them twice. Input that cannot be stored goes back into the
 * form as typed.
 */
/** Returns whether a protégé was stored. */
export async function finishInterruptedAdd(): Promise<boolean> {
  const draft = preloadedFormDraft(FORMS.addProtege) ?? (await readFormDraft(FORMS.addProtege));
  if (!draft?.submittedId) return false;
  const { name = '', generation = '' } = draft.fields;
  let protege;
  try {
    if (!isGeneration(generation)) throw new Error('No generation chosen.');
    protege = prepareProtege({ name, generation }, Date.now(), draft.submittedId);
  } catch {
    await keepFormDraft(FORMS.addProtege, { fields: draft.fields });
    return false;
  }
  await storeNewProtege(protege);
  await clearFormDraft(FORMS.addProtege);
  return true;
}
