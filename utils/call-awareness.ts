import { browser, type Browser } from 'wxt/browser';
import { restoreTabBadge } from './badge';
import { CALL_HINTS_SCRIPT, CALL_PAGE_MATCHES, callServiceOf } from './call-hosts';
import { hasCallHostAccess } from './call-hints-access';
import { handleMessages } from './messaging';
import { openSidePanel } from './open-side-panel';
import { callHintsEnabled, callPageTabs } from './storage';

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

export function setUpCallAwareness() {
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

  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.permissions.onAdded.addListener(onAccessChanged);
  browser.permissions.onRemoved.addListener(onAccessChanged);
  const stopWatching = callHintsEnabled.watch(onAccessChanged);
  void syncCallHints();

  return () => {
    stopMessages();
    stopWatching();
    browser.tabs.onUpdated.removeListener(onTabUpdated);
    browser.tabs.onRemoved.removeListener(onTabRemoved);
    browser.permissions.onAdded.removeListener(onAccessChanged);
    browser.permissions.onRemoved.removeListener(onAccessChanged);
  };
}
