import type { PickerEntry, NoteDraft } from '../../utils/popup-items';

/**
 * What the popup opens with, read from storage and checked. A leaf, so the shell (which reads
 * it) and the handoff (which carries it to the app) need not import each other.
 */
export interface PopupStart {
  draft: NoteDraft;
  protegeId: string | undefined;
  /** The picker's snapshot; undefined when there is none worth drawing. */
  proteges: PickerEntry[] | undefined;
}
