/**
 * Keyboard commands: Alt+Shift+U opens the popup and Alt+Shift+Y the side panel. The manifest
 * declares them (`shortcuts.ts`); the background answers the one the browser cannot.
 */

export { setUpCommands } from './commands';

// The popup's "Open side panel" and the call hint open it the same way.
export { openSidePanel } from './open-side-panel';
/** @public The popup calls it on this module, imported lazily, which knip cannot follow. */
export { currentWindowId } from './open-side-panel';
