import { showTextSize, showTheme } from './appearance';
import { textSize, theme } from './storage';

/**
 * Applies the chosen theme and text size to a page, and again whenever they change on the
 * options page, so an open popup or side panel follows at once.
 */

/** Resolves once the current settings are shown; returns a function that stops following them. */
export async function applyAppearance(root: HTMLElement = document.documentElement): Promise<() => void> {
  // A change that arrives while the first read is under way is newer than what it returns.
  let themeChanged = false;
  let sizeChanged = false;
  const stopTheme = theme.watch((value) => {
    themeChanged = true;
    showTheme(root, value);
  });
  const stopTextSize = textSize.watch((value) => {
    sizeChanged = true;
    showTextSize(root, value);
  });
  const [currentTheme, currentSize] = await Promise.all([theme.getValue(), textSize.getValue()]);
  if (!themeChanged) showTheme(root, currentTheme);
  if (!sizeChanged) showTextSize(root, currentSize);
  return () => {
    stopTheme();
    stopTextSize();
  };
}
