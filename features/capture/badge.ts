import { browser } from 'wxt/browser';
import { callPageTabs } from '../../utils/storage';

/**
 * The toolbar badge is the background's only voice: a tick when a capture is saved, "!" when
 * one could not be, and a call mark on Meet, Zoom and Teams tabs. It shows no private data.
 */

const CALL_MARK = { text: 'Call', title: 'Mentor Up: coaching for this call. Open the side panel beside it.' };
const DEFAULT_TITLE = 'Mentor Up';
const CONFIRMATION_MS = 4000;

/** Puts a tab's badge back to what it shows when nothing is passing: the call mark or nothing. */
export async function restoreTabBadge(tabId: number) {
  const isCallTab = (await callPageTabs.getValue()).includes(tabId);
  if (isCallTab) {
    await browser.action.setBadgeText({ tabId, text: CALL_MARK.text });
    await browser.action.setTitle({ tabId, title: CALL_MARK.title });
    return;
  }
  // Null drops the tab's own text so the global one (an "!" perhaps) shows again; both
  // browsers accept it, the bundled types predate that.
  await browser.action.setBadgeText({ tabId, text: null as unknown as string });
  await browser.action.setTitle({ tabId, title: await browser.action.getTitle({}) });
}

/** Shows `text` on one tab's badge for a few seconds, then restores it. */
export async function flashTabBadge(tabId: number, text: string, title: string) {
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  setTimeout(() => void restoreTabBadge(tabId).catch(() => undefined), CONFIRMATION_MS);
}

/** "!" on every tab until `clearAttentionBadge`: something the mentor must know about. */
export async function setAttentionBadge(title: string) {
  await browser.action.setBadgeBackgroundColor({ color: '#a4161a' });
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setTitle({ title });
}

export async function clearAttentionBadge() {
  await browser.action.setBadgeText({ text: '' });
  await browser.action.setTitle({ title: DEFAULT_TITLE });
}
