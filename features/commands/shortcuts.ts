/**
 * The keyboard commands' names and default keys, read by the manifest (so no browser API is
 * imported here). Alt+Shift+U and Alt+Shift+Y are not taken by Chrome, Edge or Firefox; the
 * manifest test checks them against the browsers' own shortcuts.
 */

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

const DEFAULT_SHORTCUTS = {
  popup: 'Alt+Shift+U',
  sidePanel: 'Alt+Shift+Y',
} as const;

/** The manifest's `commands`, per browser. */
export function manifestCommands(browserName: string) {
  const popup = {
    suggested_key: { default: DEFAULT_SHORTCUTS.popup },
    description: 'Open the Mentor Up popup',
  };
  const sidePanel = {
    suggested_key: { default: DEFAULT_SHORTCUTS.sidePanel },
    description: 'Open the Mentor Up side panel',
  };
  // Firefox opens its sidebar from a built-in command; Chrome's side panel needs our own.
  return browserName === 'firefox'
    ? { _execute_action: popup, _execute_sidebar_action: sidePanel }
    : { _execute_action: popup, [OPEN_SIDE_PANEL_COMMAND]: sidePanel };
}
