const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The line under a note box that says how to save it. */
export const SAVE_HINT = `${isMac ? '⌘' : 'Ctrl'}+Enter saves. Your text is kept as you type.`;

/** Ctrl+Enter (⌘+Enter on a Mac keyboard too) saves a note. */
export const isSaveShortcut = (event: { key: string; ctrlKey: boolean; metaKey: boolean }) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey);
