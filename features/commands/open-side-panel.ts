import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens Chrome's side panel or Firefox's sidebar. Both browsers only allow this in direct
 * response to a user action, so call it synchronously from the click handler: nothing may
 * be awaited before it.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (browser.sidePanel && windowId !== undefined) return browser.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser cannot open the side panel from here.'));
}

/**
 * The popup's window, looked up ahead of a click so `openSidePanel` need not wait for it.
 * @public (the popup calls it on the module it imports lazily, which knip cannot follow)
 */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent())?.id;
  } catch {
    return undefined;
  }
}
