import { z } from '../../utils/zod';
import { withExtensionLock } from '../../utils/extension-lock';
import { db, newId } from '../../db/database';
import { saveNote } from '../../db/notes';
import { getProtege } from '../../db/proteges';
import {
  cutToLength,
  idField,
  isWebAddress,
  MAX_NOTE_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_URL_LENGTH,
  stripBidiControls,
} from '../../db/record-rules';
import type { Id, Note, NoteSource } from '../../db/types';
import { lastProtegeId, unsavedCaptures, type UnsavedCapture } from '../../utils/storage';

/**
 * Turning a selection or a page into a note, and making sure it lands exactly once: a failed
 * write is tried again, and if it still fails the capture is kept in storage until a later try
 * works. A capture carries the id its note will have, so saving it twice stores one note.
 */

/** Waits before each further attempt; the first attempt is immediate. */
export const DEFAULT_RETRY_DELAYS_MS = [300, 1500];

export interface PageDetails {
  url: string | undefined;
  title: string | undefined;
}

/** A capture on its way to becoming a note, with that note's id. */
export type PageCapture = UnsavedCapture & { id: Id };

/** Only web addresses are kept as a note's source: anything else could become a harmful link. */
function webAddress(url: string | undefined): string | undefined {
  return url !== undefined && isWebAddress(url) ? url : undefined;
}

/** The page's title as it may be stored and shown: no marks that reorder text, within the limit. */
function pageTitle(title: string | undefined): string {
  return cutToLength(stripBidiControls(title ?? '').trim(), MAX_PAGE_TITLE_LENGTH, '…').trim();
}

/**
 * Where a capture came from, as a note may store it. A page chooses its own title and address,
 * and some addresses (sign-in and document links) run to thousands of characters: both are cut
 * to the limits a backup accepts, and only a web address is kept.
 */
function captureSource(capture: Pick<UnsavedCapture, 'url' | 'title'>): NoteSource {
  const source: NoteSource = { kind: 'selection' };
  const url = webAddress(capture.url);
  if (url) source.url = cutToLength(url, MAX_URL_LENGTH);
  const title = pageTitle(capture.title);
  if (title) source.title = title;
  return source;
}

/** A note's worth of text from a selection; the rest of a very long one stays on the page. */
export function selectionCapture(selection: string, page: PageDetails, now = Date.now()): PageCapture | undefined {
  const text = cutToLength(selection.trim(), MAX_NOTE_LENGTH).trim();
  if (text === '') return undefined;
  return { id: newId(), text, url: webAddress(page.url) ?? '', title: pageTitle(page.title), capturedAt: now };
}

/** A note that links to the page: its title and its whole address, as far as a note may hold. */
export function pageLinkCapture(page: PageDetails, now = Date.now()): PageCapture | undefined {
  const url = webAddress(page.url);
  if (url === undefined) return undefined;
  const title = stripBidiControls(page.title ?? '').trim();
  const text = cutToLength(title ? `${title}\n${url}` : url, MAX_NOTE_LENGTH);
  return { id: newId(), text, url, title, capturedAt: now };
}

/** The protégé the mentor worked with last, if they still exist and are not archived. */
export async function captureProtegeId(): Promise<string | undefined> {
  const id = await lastProtegeId.getValue();
  if (id === null) return undefined;
  const protege = await getProtege(id);
  return protege && !protege.archived ? protege.id : undefined;
}

/**
 * Writes the capture's note unless it is there already (an earlier try that did land). A
 * capture whose protégé has been deleted since goes to the inbox, to be filed again.
 */
function writeCapture(capture: PageCapture): Promise<Note> {
  return db.transaction('rw', [db.notes, db.proteges, db.sessions], async () => {
    const saved = await db.notes.get(capture.id);
    if (saved) return saved;
    const protegeId =
      capture.protegeId !== undefined && (await db.proteges.get(capture.protegeId)) ? capture.protegeId : undefined;
    const text = cutToLength(capture.text.trim(), MAX_NOTE_LENGTH);
    return saveNote({ protegeId, kind: 'note', text, source: captureSource(capture) }, capture.capturedAt, capture.id);
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves the capture, trying again after each delay; rejects with the last error. */
export async function saveCaptureWithRetry(capture: PageCapture, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS) {
  let lastError: unknown;
  for (const delay of [0, ...retryDelaysMs]) {
    if (delay > 0) await wait(delay);
    try {
      return await writeCapture(capture);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

const LOCK_NAME = 'mentor-up:kept-captures';

/**
 * Runs `work` while no other part of the extension (the background, an options page) reads or
 * changes the kept list.
 */
function withKeptCaptures<T>(work: () => Promise<T>): Promise<T> {
  return withExtensionLock(LOCK_NAME, work);
}

export function keepUnsavedCapture(capture: PageCapture): Promise<void> {
  return withKeptCaptures(async () => {
    const kept = await unsavedCaptures.getValue();
    if (kept.some((item) => (item as Partial<PageCapture>).id === capture.id)) return;
    await unsavedCaptures.setValue([...kept, capture]);
  });
}

const keptCaptureSchema = z.object({
  // Captures kept by an earlier release have no id: they are given one before they are saved.
  id: idField.optional(),
  text: z.string(),
  url: z.string(),
  title: z.string(),
  protegeId: z.string().optional(),
  capturedAt: z.number(),
});

/** Tries every kept capture once more; returns how many are still waiting. */
export function saveUnsavedCaptures(): Promise<number> {
  return withKeptCaptures(async () => {
    // Storage is outside data: anything not shaped like a capture is left where it is.
    const stored: unknown[] = await unsavedCaptures.getValue();
    if (!Array.isArray(stored) || stored.length === 0) return 0;
    const waiting: PageCapture[] = [];
    const unreadable: UnsavedCapture[] = [];
    let gaveIds = false;
    for (const item of stored) {
      const parsed = keptCaptureSchema.safeParse(item);
      if (!parsed.success) unreadable.push(item as UnsavedCapture);
      else if (parsed.data.id !== undefined) waiting.push({ ...parsed.data, id: parsed.data.id });
      else {
        waiting.push({ ...parsed.data, id: newId() });
        gaveIds = true;
      }
    }
    if (waiting.length === 0) return 0;
    // Kept with their ids first, so a try cut short here cannot save one of them twice.
    if (gaveIds) await unsavedCaptures.setValue([...waiting, ...unreadable]);
    const stillWaiting: PageCapture[] = [];
    for (const capture of waiting) {
      try {
        await writeCapture(capture);
      } catch {
        stillWaiting.push(capture);
      }
    }
    await unsavedCaptures.setValue([...stillWaiting, ...unreadable]);
    return stillWaiting.length + unreadable.length;
  });
}
