import { browser, type Browser } from 'wxt/browser';
import { addBrowserListener } from '../../utils/browser-listener';
import { openSidePanel } from './open-side-panel';
import { OPEN_SIDE_PANEL_COMMAND } from './shortcuts';

/**
 * Keyboard commands. The browser itself opens the popup (`_execute_action`) and Firefox's
 * sidebar (`_execute_sidebar_action`); Chrome has no built-in command for the side panel, so
 * `open-side-panel` is answered here until the set-up's signal aborts.
 */
export function setUpCommands(signal: AbortSignal) {
  function onCommand(command: string, tab?: Browser.tabs.Tab) {
    if (command !== OPEN_SIDE_PANEL_COMMAND) return;
    // Opened at once, while the key press still counts as the user's action.
    openSidePanel(tab?.windowId).catch(() => undefined);
  }
  addBrowserListener(browser.commands.onCommand, onCommand, signal);
}
