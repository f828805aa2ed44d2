import { browser, type Browser } from 'wxt/browser';
import { addBrowserListener } from '../../utils/browser-listener';
import { handleMessages } from '../../utils/messaging';
import { callHintsEnabled, callPageTabs } from '../../utils/storage';
import { restoreTabBadge } from '../capture';
import { openSidePanel } from '../commands';
import { CALL_HINTS_SCRIPT, CALL_PAGE_MATCHES, callServiceOf } from './call-hosts';
import { hasCallHostAccess } from './call-hints-access';

/**
 * Call-page awareness, opt-in. While "Coaching hints on call pages" is on and host access is
 * granted, the call-hints content script is registered on Meet, Zoom's web client and Teams;
 * a call page that loads it gets a badge on its tab, and its hint opens the side panel.
 * Turned off, or access taken away in the browser's settings, the script is unregistered.
 */

async function isRegistered() {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [CALL_HINTS_SCRIPT.id] });
  return scripts.length > 0;
}

async function forgetCallTabs() {
  const tabs = await callPageTabs.getValue();
  if (tabs.length === 0) return;
  await callPageTabs.setValue([]);
  await Promise.all(tabs.map((tabId) => restoreTabBadge(tabId).catch(() => undefined)));
}

/** Makes the registration match the setting and the granted access. */
async function applyCallHintsSetting() {
  const [wanted, granted] = await Promise.all([callHintsEnabled.getValue(), hasCallHostAccess()]);
  // Access removed from the browser's own settings turns the hints off here too.
  if (wanted && !granted) await callHintsEnabled.setValue(false);
  const registered = await isRegistered();
  if (wanted && granted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: CALL_HINTS_SCRIPT.id,
        js: [CALL_HINTS_SCRIPT.file],
        matches: CALL_PAGE_MATCHES,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!(wanted && granted) && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [CALL_HINTS_SCRIPT.id] });
  }
  if (!(wanted && granted)) await forgetCallTabs();
}

// Changes arrive in bursts (setting and permission together): apply them one at a time.
let pending: Promise<void> = Promise.resolve();
export function syncCallHints(): Promise<void> {
  pending = pending.then(applyCallHintsSetting, applyCallHintsSetting);
  return pending;
}

async function markCallTab(tabId: number) {
  const tabs = await callPageTabs.getValue();
  if (!tabs.includes(tabId)) await callPageTabs.setValue([...tabs, tabId]);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
  await restoreTabBadge(tabId);
}

async function unmarkCallTab(tabId: number) {
  const tabs = await callPageTabs.getValue();
  if (!tabs.includes(tabId)) return;
  await callPageTabs.setValue(tabs.filter((id) => id !== tabId));
  // A closed tab has no badge left to restore.
  await restoreTabBadge(tabId).catch(() => undefined);
}

/**
 * The call-hints feature in the background: answers the hint's messages, keeps the call tabs'
 * badges, and keeps the registration in step with the setting and the granted access.
 */
export function setUpCallHints(signal: AbortSignal) {
  function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo) {
    // A new page loads: the content script announces it again if it is still a call.
    if (change.status === 'loading') void unmarkCallTab(tabId);
  }
  function onTabRemoved(tabId: number) {
    void unmarkCallTab(tabId).catch(() => undefined);
  }
  function onAccessChanged() {
    void syncCallHints();
  }

  if (signal.aborted) return;
  const stopMessages = handleMessages({
    'call-page-opened': async ({ service }, sender) => {
      if (service !== callServiceOf(sender.url ?? sender.tab?.url)) {
        throw new Error('The page named a different call service than the one it is on.');
      }
      if (!(await callHintsEnabled.getValue())) throw new Error('Coaching hints on call pages are turned off.');
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('The message did not come from a browser tab.');
      await markCallTab(tabId);
    },
    // No await before opening: the click's user gesture must still be current.
    'open-side-panel': (_payload, sender) => openSidePanel(sender.tab?.windowId),
  });
  signal.addEventListener('abort', stopMessages, { once: true });
  addBrowserListener(browser.tabs.onUpdated, onTabUpdated, signal);
  addBrowserListener(browser.tabs.onRemoved, onTabRemoved, signal);
  addBrowserListener(browser.permissions.onAdded, onAccessChanged, signal);
  addBrowserListener(browser.permissions.onRemoved, onAccessChanged, signal);
  signal.addEventListener('abort', callHintsEnabled.watch(onAccessChanged), { once: true });
  void syncCallHints();
}
