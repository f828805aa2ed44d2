import type { BrowserContext } from '@playwright/test';

/** The few extension APIs a context-menu click uses inside the service worker. */
interface WorkerChrome {
  tabs: {
    create(options: { url: string; active: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  contextMenus: { onClicked: { dispatch(...args: unknown[]): void } };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
}

/**
 * Fires the background's context-menu click with Chrome's own event dispatch, as a right-click
 * on a loaded tab would (`tab` adds the page's url and title), and returns the badge the tab
 * then shows ('' if none came).
 */
export async function clickContextMenu(
  context: BrowserContext,
  info: Record<string, unknown>,
  tab: { url?: string; title?: string },
): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    async ({ info, page }) => {
      const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const created = await chrome.tabs.create({ url: 'about:blank', active: false });
      // A right-click comes on a page that has loaded. The browser resets a tab's badge when its
      // page commits, so a click dispatched while the new tab still loads could lose its tick.
      while ((await chrome.tabs.get(created.id!)).status !== 'complete') await new Promise((r) => setTimeout(r, 20));
      chrome.contextMenus.onClicked.dispatch({ editable: false, ...info }, { ...created, ...page });
      // The tick shows for a few seconds once the note is on disk; look for it often, and for
      // long enough that a slow disk on a busy machine does not fail the test.
      for (let i = 0; i < 400; i++) {
        const text = await chrome.action.getBadgeText({ tabId: created.id });
        if (text) return text;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return '';
    },
    { info, page: tab },
  );
}
