import type { NoteKind } from '../db/types';
import type { PrivateArea } from './private-area';
import { definePrivateItem, itemKeys, upToDate, type PrivateItemOptions } from './private-item';

/**
 * The values the popup opens with. Its early script (entrypoints/popup/shell.ts) reads and
 * writes them through these same definitions as the app (utils/storage.ts), so both use the
 * same keys, fallbacks, versions and migrations. A leaf: the early script loads nothing else.
 */

/** What is in a note box (the popup's, the Notes tab's, the session's), kept on every keystroke. */
export interface NoteDraft {
  text: string;
  kind: NoteKind;
  /** The protégé it is being written for: a page opens on them, so it is filed under no one else. */
  protegeId?: string;
  /** Ticked "Shareable" in a box that offers it (session notes); absent means private. */
  shareable?: boolean;
}

export const EMPTY_DRAFT: NoteDraft = { text: '', kind: 'note' };

/** A protégé as the popup's picker lists them: the id and the name only. */
export interface PickerEntry {
  id: string;
  name: string;
}

const item = <T>(key: string, options: PrivateItemOptions<T>) => ({ key, options });

/** The popup's private values: in the private area (see private-area.ts). */
export const POPUP_PRIVATE = {
  draft: item<NoteDraft>('quickNoteDraft', { fallback: EMPTY_DRAFT, version: 1 }),
  protegeId: item<string | null>('lastProtegeId', { fallback: null, version: 1 }),
  pickerSnapshot: item<PickerEntry[] | null>('pickerSnapshot', { fallback: null, version: 1 }),
};

/** The appearance settings the popup applies before its first paint: plain local storage. */
export const POPUP_SETTING_KEYS = { theme: 'theme', textSize: 'textSize' } as const;

/** The popup's private values as storage items kept in `area`. */
export function definePopupItems(area: () => PrivateArea) {
  return {
    draft: definePrivateItem(area, POPUP_PRIVATE.draft.key, POPUP_PRIVATE.draft.options),
    protegeId: definePrivateItem(area, POPUP_PRIVATE.protegeId.key, POPUP_PRIVATE.protegeId.options),
    pickerSnapshot: definePrivateItem(area, POPUP_PRIVATE.pickerSnapshot.key, POPUP_PRIVATE.pickerSnapshot.options),
  };
}

export type PopupItems = ReturnType<typeof definePopupItems>;

/** Every key the popup's private values are stored under, for reading them in one go. */
export const POPUP_PRIVATE_KEYS: string[] = Object.values(POPUP_PRIVATE).flatMap(({ key }) => itemKeys(key));

/** The popup's private values out of one read of `POPUP_PRIVATE_KEYS`, migrated like the items do. */
export function popupValuesFrom(stored: Record<string, unknown>) {
  return {
    draft: upToDate(POPUP_PRIVATE.draft.key, stored, POPUP_PRIVATE.draft.options).value as unknown,
    protegeId: upToDate(POPUP_PRIVATE.protegeId.key, stored, POPUP_PRIVATE.protegeId.options).value as unknown,
    pickerSnapshot: upToDate(POPUP_PRIVATE.pickerSnapshot.key, stored, POPUP_PRIVATE.pickerSnapshot.options)
      .value as unknown,
  };
}
