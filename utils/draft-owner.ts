import type { NoteDraft } from './popup-items';

// A leaf module (types only above): the popup's first-moment script imports it.

/**
 * The protégé a page should open on: the one a kept draft is being written for, else the one
 * worked with last. A note typed about one person is never shown under another.
 */
export function protegeToOpen(draft: NoteDraft, last: string | null | undefined): string | undefined {
  if (draft.text.trim() !== '' && draft.protegeId) return draft.protegeId;
  return last ?? undefined;
}
