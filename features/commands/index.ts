/**
 * Keyboard commands: Alt+Shift+U opens the popup and Alt+Shift+Y the side panel. The manifest
 * declares them (`shortcuts.ts`); the background answers the one the browser cannot.
 */

export { setUpCommands } from './commands';

// The popup's "Open side panel" and the call hint open it the same way.
export { currentWindowId, openSidePanel } from './open-side-panel';
