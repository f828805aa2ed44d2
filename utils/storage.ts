import { storage } from 'wxt/utils/storage';
import type { TextSize, Theme } from './appearance';
import { definePopupItems, EMPTY_DRAFT, POPUP_SETTING_KEYS, type NoteDraft } from './popup-items';
import { definePrivateItem } from './private-item';
import { privateArea } from './private-area';
import {
  DEFAULT_BACKUP_REMINDER,
  DEFAULT_MEETING_REMINDERS,
  type BackupReminderSettings,
  type MeetingReminderSettings,
} from './reminder-settings';

/**
 * Every setting and draft kept in extension storage, in one place. Settings are WXT storage
 * items in local storage; what the mentor typed, and names, live in the private area, which
 * content scripts cannot read (see private-area.ts).
 */

const popupItems = definePopupItems(privateArea);

/** What is in the popup's note box, written on every keystroke so closing the popup loses nothing. */
export const quickNoteDraft = popupItems.draft;

/** The protégé the mentor worked with last; the popup and side panel open on them. */
export const lastProtegeId = popupItems.protegeId;

/**
 * The active protégés as a page last listed them, so the popup can draw its picker and note
 * box before the database has opened. Pages that list protégés keep it current, so a rename
 * or a deletion reaches it at once; the database stays the only record.
 */
export const pickerSnapshot = popupItems.pickerSnapshot;

/** Set once persistent storage has been asked for, so the browser is asked only once. */
export const persistenceRequested = storage.defineItem<boolean>('local:persistenceRequested', {
  fallback: false,
  version: 1,
});

/** The side panel's note box, kept the same way so a panel reload loses nothing. */
export const panelNoteDraft = definePrivateItem<NoteDraft>(privateArea, 'panelNoteDraft', {
  fallback: EMPTY_DRAFT,
  version: 1,
});

/* Appearance and call-page settings, set on the options page and applied live everywhere. */

/** "system" follows the operating system's light or dark setting. */
export const theme = storage.defineItem<Theme>(`local:${POPUP_SETTING_KEYS.theme}`, {
  fallback: 'system',
  version: 1,
});

export const textSize = storage.defineItem<TextSize>(`local:${POPUP_SETTING_KEYS.textSize}`, {
  fallback: 'standard',
  version: 1,
});

/** Opt-in: a small hint on Meet, Zoom and Teams pages. Only true while host access is granted. */
export const callHintsEnabled = storage.defineItem<boolean>('local:callHintsEnabled', {
  fallback: false,
  version: 1,
});

/* Reminders, opt-in on the options page; the background keeps their alarms (features/reminders). */

/** A notification the lead time before each protégé's next meeting. */
export const meetingReminders = storage.defineItem<MeetingReminderSettings>('local:meetingReminders', {
  fallback: DEFAULT_MEETING_REMINDERS,
  version: 1,
});

/** A notification every few weeks that a backup is due. */
export const backupReminder = storage.defineItem<BackupReminderSettings>('local:backupReminder', {
  fallback: DEFAULT_BACKUP_REMINDER,
  version: 1,
});

/** What a reminder's click asks of the side panel: open on this protégé, with the brief. */
export interface PanelRequest {
  protegeId: string;
  view: 'brief';
  /** When it was asked: a panel opened much later, by other means, does not take it. */
  at: number;
}

/** Set by the background when a reminder is clicked; the side panel takes it and clears it. */
export const panelRequest = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
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

export const unsavedCaptures = definePrivateItem<UnsavedCapture[]>(privateArea, 'unsavedCaptures', {
  fallback: [],
  version: 1,
});

/** Tabs showing a call page right now, so a passing badge can be put back to the call mark. */
export const callPageTabs = storage.defineItem<number[]>('session:callPageTabs', {
  fallback: [],
  version: 1,
});

/** The session note box, kept the same way. */
export const sessionNoteDraft = definePrivateItem<NoteDraft>(privateArea, 'sessionNoteDraft', {
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
export const wrapUpDraft = definePrivateItem<WrapUpDraft | null>(privateArea, 'wrapUpDraft', {
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
  return definePrivateItem<FormDraft | null>(privateArea, `${FORM_DRAFT_PREFIX}${form}`, {
    fallback: null,
    version: 1,
  });
}

/** The storage item that keeps one form's draft (one item per form, made once per page). */
export function formDraftItem(form: string) {
  let item = formDraftItems.get(form);
  if (!item) formDraftItems.set(form, (item = defineFormDraftItem(form)));
  return item;
}

/** The tip the popup showed last, so the next opening shows a different one. */
export const lastPopupTip = definePrivateItem<{ protegeId: string; tipId: string } | null>(
  privateArea,
  'lastPopupTip',
  {
    fallback: null,
    version: 1,
  },
);
