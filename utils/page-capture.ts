import { z } from './zod';
import { MAX_NOTE_LENGTH, saveNote } from '../db/notes';
import { getProtege } from '../db/proteges';
import type { Note } from '../db/types';
import { lastProtegeId, unsavedCaptures, type UnsavedCapture } from './storage';

/**
 * Turning a selection or a page into a note, and making sure it lands: a failed write is
 * tried again, and if it still fails the capture is kept in storage until a later try works.
 */

/** Waits before each further attempt; the first attempt is immediate. */
export const DEFAULT_RETRY_DELAYS_MS = [300, 1500];

export interface PageDetails {
  url: string | undefined;
  title: string | undefined;
}

/** Only web addresses are kept as a note's source: anything else could become a harmful link. */
export function webAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A note's worth of text from a selection; the rest of a very long one stays on the page. */
export function selectionCapture(selection: string, page: PageDetails, now = Date.now()): UnsavedCapture | undefined {
  const text = selection.trim().slice(0, MAX_NOTE_LENGTH);
  if (text === '') return undefined;
  return { text, url: webAddress(page.url) ?? '', title: page.title?.trim() ?? '', capturedAt: now };
}

/** A note that links to the page: its title and address. */
export function pageLinkCapture(page: PageDetails, now = Date.now()): UnsavedCapture | undefined {
  const url = webAddress(page.url);
  if (url === undefined) return undefined;
  const title = page.title?.trim() ?? '';
  const text = (title ? `${title}\n${url}` : url).slice(0, MAX_NOTE_LENGTH);
  return { text, url, title, capturedAt: now };
}

/** The protégé the mentor worked with last, if they still exist and are not archived. */
export async function captureProtegeId(): Promise<string | undefined> {
  const id = await lastProtegeId.getValue();
  if (id === null) return undefined;
  const protege = await getProtege(id);
  return protege && !protege.archived ? protege.id : undefined;
}

function writeCapture(capture: UnsavedCapture): Promise<Note> {
  const source: Note['source'] = { kind: 'selection' };
  if (capture.url) source.url = capture.url;
  if (capture.title) source.title = capture.title;
  return saveNote({ protegeId: capture.protegeId, kind: 'note', text: capture.text, source }, capture.capturedAt);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves the capture, trying again after each delay; rejects with the last error. */
export async function saveCaptureWithRetry(capture: UnsavedCapture, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS) {
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

// One change to the kept list at a time, so two failures never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function keepUnsavedCapture(capture: UnsavedCapture): Promise<void> {
  return serially(async () => {
    await unsavedCaptures.setValue([...(await unsavedCaptures.getValue()), capture]);
  });
}

const keptCaptureSchema = z.object({
  text: z.string(),
  url: z.string(),
  title: z.string(),
  protegeId: z.string().optional(),
  capturedAt: z.number(),
});

/** Tries every kept capture once more; returns how many are still waiting. */
export function saveUnsavedCaptures(): Promise<number> {
  return serially(async () => {
    // Storage is outside data: anything not shaped like a capture is left where it is.
    const stored: unknown[] = await unsavedCaptures.getValue();
    if (!Array.isArray(stored) || stored.length === 0) return 0;
    const waiting: UnsavedCapture[] = [];
    const unreadable: UnsavedCapture[] = [];
    for (const item of stored) {
      const parsed = keptCaptureSchema.safeParse(item);
      if (parsed.success) waiting.push(parsed.data);
      else unreadable.push(item as UnsavedCapture);
    }
    if (waiting.length === 0) return 0;
    const stillWaiting: UnsavedCapture[] = [];
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
