import { storage } from 'wxt/utils/storage';
import type { NoteKind } from '../db/types';
import type { TextSize, Theme } from './appearance';
import { POPUP_KEYS } from './popup-keys';

/** Every setting and draft kept in extension storage, in one place. */

export interface QuickNoteDraft {
  text: string;
  kind: NoteKind;
  /** The protégé it is being written for: a page opens on them, so it is filed under no one else. */
  protegeId?: string;
}

export const EMPTY_DRAFT: QuickNoteDraft = { text: '', kind: 'note' };

/** What is in the popup's note box, written on every keystroke so closing the popup loses nothing. */
export const quickNoteDraft = storage.defineItem<QuickNoteDraft>(`local:${POPUP_KEYS.draft}`, {
  fallback: EMPTY_DRAFT,
  version: 1,
});

/** The protégé the mentor worked with last; the popup and side panel open on them. */
export const lastProtegeId = storage.defineItem<string | null>(`local:${POPUP_KEYS.protegeId}`, {
  fallback: null,
  version: 1,
});

/** A protégé as the popup's picker lists them: the id and the name only. */
export interface PickerEntry {
  id: string;
  name: string;
}

/**
 * The active protégés as a page last listed them, so the popup can draw its picker and note
 * box before the database has opened. Pages that list protégés keep it current, so a rename
 * or a deletion reaches it at once; the database stays the only record.
 */
export const pickerSnapshot = storage.defineItem<PickerEntry[] | null>(`local:${POPUP_KEYS.pickerSnapshot}`, {
  fallback: null,
  version: 1,
});

/** Set once persistent storage has been asked for, so the browser is asked only once. */
export const persistenceRequested = storage.defineItem<boolean>('local:persistenceRequested', {
  fallback: false,
  version: 1,
});

/** The side panel's note box, kept the same way so a panel reload loses nothing. */
export const panelNoteDraft = storage.defineItem<QuickNoteDraft>('local:panelNoteDraft', {
  fallback: EMPTY_DRAFT,
  version: 1,
});

/* Appearance and call-page settings, set on the options page and applied live everywhere. */

/** "system" follows the operating system's light or dark setting. */
export const theme = storage.defineItem<Theme>(`local:${POPUP_KEYS.theme}`, {
  fallback: 'system',
  version: 1,
});

export const textSize = storage.defineItem<TextSize>(`local:${POPUP_KEYS.textSize}`, {
  fallback: 'standard',
  version: 1,
});

/** Opt-in: a small hint on Meet, Zoom and Teams pages. Only true while host access is granted. */
export const callHintsEnabled = storage.defineItem<boolean>('local:callHintsEnabled', {
  fallback: false,
  version: 1,
});

/** A selection or page link saved from the context menu whose write failed; kept until it lands. */
export interface UnsavedCapture {
  text: string;
  url: string;
  title: string;
  protegeId?: string;
  capturedAt: number;
}

export const unsavedCaptures = storage.defineItem<UnsavedCapture[]>('local:unsavedCaptures', {
  fallback: [],
  version: 1,
});

/** Tabs showing a call page right now, so a passing badge can be put back to the call mark. */
export const callPageTabs = storage.defineItem<number[]>('session:callPageTabs', {
  fallback: [],
  version: 1,
});

/** The session note box, kept the same way. */
export const sessionNoteDraft = storage.defineItem<QuickNoteDraft>('local:sessionNoteDraft', {
  fallback: EMPTY_DRAFT,
  version: 1,
});

export interface WrapUpDraft {
  sessionId: string;
  stage: string;
  thanks: string;
  nextMeeting: string;
  summary: string;
}

/** The end-of-session wrap-up form, kept on every keystroke until it is saved. */
export const wrapUpDraft = storage.defineItem<WrapUpDraft | null>('local:wrapUpDraft', {
  fallback: null,
  version: 1,
});

/**
 * What a form holds before it is submitted (the add-protégé form, a new goal, the stage
 * evidence note, a gratitude entry): its fields as typed, kept on every keystroke under
 * `formDraft:<form>` until the record is stored or the text is discarded on purpose.
 */
export interface FormDraft {
  fields: Record<string, string>;
  /**
   * Set just before the form's record is written: the id it is written under. A page that
   * closed before the write committed leaves it, and the next page finishes the write.
   */
  submittedId?: string;
}

export const FORM_DRAFT_PREFIX = 'formDraft:';

const formDraftItems = new Map<string, ReturnType<typeof defineFormDraftItem>>();

function defineFormDraftItem(form: string) {
  return storage.defineItem<FormDraft | null>(`local:${FORM_DRAFT_PREFIX}${form}`, { fallback: null, version: 1 });
}

/** The storage item that keeps one form's draft (one item per form, made once per page). */
export function formDraftItem(form: string) {
  let item = formDraftItems.get(form);
  if (!item) formDraftItems.set(form, (item = defineFormDraftItem(form)));
  return item;
}

/** The tip the popup showed last, so the next opening shows a different one. */
export const lastPopupTip = storage.defineItem<{ protegeId: string; tipId: string } | null>('local:lastPopupTip', {
  fallback: null,
  version: 1,
});
