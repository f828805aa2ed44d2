import { browser, type Browser } from 'wxt/browser';
import type { Note } from '../../db/types';
import { addBrowserListener } from '../../utils/browser-listener';
import { describeError } from '../../utils/error-message';
import { clearAttentionBadge, flashTabBadge, setAttentionBadge } from './badge';
import {
  captureProtegeId,
  DEFAULT_RETRY_DELAYS_MS,
  keepUnsavedCapture,
  pageLinkCapture,
  type PageCapture,
  saveCaptureWithRetry,
  saveUnsavedCaptures,
  selectionCapture,
} from './page-capture';

/**
 * Context menu: "Save selection to Mentor Up" on selected text, "Save page link to Mentor Up"
 * anywhere else on a page. Runs in the background for the extension's whole life; the menu
 * items are made on install and on browser start, and removed when the set-up's signal aborts.
 */

export const MENU_ITEMS = {
  selection: { id: 'save-selection', title: 'Save selection to Mentor Up', contexts: ['selection'] },
  page: { id: 'save-page-link', title: 'Save page link to Mentor Up', contexts: ['page'] },
} as const;

export interface CaptureOptions {
  retryDelaysMs?: number[];
}

async function createMenuItems() {
  // Menus outlive the service worker; start clean so an update never meets a duplicate id.
  await browser.contextMenus.removeAll();
  for (const item of Object.values(MENU_ITEMS)) {
    browser.contextMenus.create({ id: item.id, title: item.title, contexts: [...item.contexts] });
  }
}

function captureFor(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) {
  const page = { url: info.pageUrl ?? tab?.url, title: tab?.title };
  if (info.menuItemId === MENU_ITEMS.selection.id) return selectionCapture(info.selectionText ?? '', page);
  if (info.menuItemId === MENU_ITEMS.page.id) return pageLinkCapture(page);
  return undefined;
}

const KEPT_MESSAGE = 'It is kept safely: it will be saved when the browser next starts, or from the options page now.';

/** Saves one capture and says so on the badge; on failure keeps it and raises "!". */
async function saveCapture(capture: PageCapture, tabId: number | undefined, retryDelaysMs?: number[]) {
  let note: Note;
  try {
    note = await saveCaptureWithRetry(capture, retryDelaysMs);
  } catch (error) {
    await keepUnsavedCapture(capture);
    await setAttentionBadge(`Mentor Up could not save your selection: ${describeError(error)} ${KEPT_MESSAGE}`);
    return;
  }
  if (tabId !== undefined) {
    // The protégé may have been deleted meanwhile: the note then went to the inbox.
    const where = note.protegeId ? 'Saved to Mentor Up' : 'Saved to your Mentor Up inbox';
    await flashTabBadge(tabId, '✓', where);
  }
  // A write just worked, so earlier ones kept after a failure may work now too.
  await saveKeptCaptures();
}

async function saveKeptCaptures() {
  if ((await saveUnsavedCaptures()) === 0) await clearAttentionBadge();
}

/**
 * The capture feature in the background: the menu items, their clicks, and the captures kept
 * after a failed write, tried again at each browser start.
 */
export function setUpCapture(signal: AbortSignal, { retryDelaysMs = DEFAULT_RETRY_DELAYS_MS }: CaptureOptions = {}) {
  function onCreateTime() {
    void createMenuItems();
  }
  async function saveClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) {
    const capture = captureFor(info, tab);
    if (!capture) return;
    const protegeId = await captureProtegeId().catch(() => undefined);
    await saveCapture(protegeId ? { ...capture, protegeId } : capture, tab?.id, retryDelaysMs);
  }
  function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
    // Nothing waits on it: the badge says how it went, a tick or "!" with the capture kept.
    void saveClicked(info, tab);
  }
  function onStartup() {
    void saveKeptCaptures();
  }

  if (signal.aborted) return;
  addBrowserListener(browser.runtime.onInstalled, onCreateTime, signal);
  addBrowserListener(browser.runtime.onStartup, onCreateTime, signal);
  addBrowserListener(browser.runtime.onStartup, onStartup, signal);
  addBrowserListener(browser.contextMenus.onClicked, onClicked, signal);
  signal.addEventListener('abort', () => void browser.contextMenus.removeAll(), { once: true });
}
