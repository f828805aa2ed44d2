import { deleteProtege } from './proteges';
import { FORMS, protegeForms, readFormDraft, clearFormDraft } from '../utils/form-drafts';
import { forgetPendingEdits } from './pending-edits';
import { withProtegesLeavingSnapshot } from './picker-snapshot';
import {
  lastPopupTip,
  lastProtegeId,
  panelNoteDraft,
  quickNoteDraft,
  sessionNoteDraft,
  unsavedCaptures,
  wrapUpDraft,
} from '../utils/storage';
import { EMPTY_DRAFT } from '../utils/popup-items';

/**
 * Deletes a protégé with everything recorded about them, and then everything kept about them
 * outside the database: their form and note drafts, edits not yet written, kept captures, the wrap-up
 * of one of their sessions, and "the last one" pointers. They leave the popup's picker
 * snapshot before the database lets them go, so the snapshot never names a missing protégé.
 */
export async function removeProtege(id: string): Promise<void> {
  let deleted: Awaited<ReturnType<typeof deleteProtege>> = { noteIds: [], sessionIds: [] };
  await withProtegesLeavingSnapshot([id], async () => {
    deleted = await deleteProtege(id);
  });
  // The protégé is gone; what follows only tidies up, so a failure is not reported as one.
  const notes = new Set(deleted.noteIds);
  const sessions = new Set(deleted.sessionIds);
  await Promise.allSettled([
    ...protegeForms(id).map((form) => clearFormDraft(form)),
    ...[quickNoteDraft, panelNoteDraft, sessionNoteDraft].map((item) =>
      item.getValue().then((draft) => (draft.protegeId === id ? item.setValue(EMPTY_DRAFT) : undefined)),
    ),
    readFormDraft(FORMS.addProtege).then((draft) =>
      draft?.submittedId === id ? clearFormDraft(FORMS.addProtege) : undefined,
    ),
    forgetPendingEdits((target) => (target.type === 'note-text' ? notes.has(target.id) : target.id === id)),
    unsavedCaptures.getValue().then((kept) => {
      const others = kept.filter((capture) => capture.protegeId !== id);
      return others.length === kept.length ? undefined : unsavedCaptures.setValue(others);
    }),
    wrapUpDraft
      .getValue()
      .then((draft) => (draft && sessions.has(draft.sessionId) ? wrapUpDraft.setValue(null) : undefined)),
    lastProtegeId.getValue().then((last) => (last === id ? lastProtegeId.setValue(null) : undefined)),
    lastPopupTip.getValue().then((last) => (last?.protegeId === id ? lastPopupTip.setValue(null) : undefined)),
  ]);
}
