import { textSize, theme, THEMES, TEXT_SIZES, type TextSize, type Theme } from './storage';

/**
 * Applies the chosen theme and text size to a page, and again whenever they change on the
 * options page, so an open popup or side panel follows at once. `theme.css` reads the
 * `data-theme` and `data-text-size` attributes; "system" leaves the theme to the OS setting.
 */

function showTheme(root: HTMLElement, value: unknown) {
  // Storage is outside data: an unknown value falls back to the system theme.
  const chosen: Theme = (THEMES as readonly unknown[]).includes(value) ? (value as Theme) : 'system';
  if (chosen === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', chosen);
}

function showTextSize(root: HTMLElement, value: unknown) {
  const chosen: TextSize = (TEXT_SIZES as readonly unknown[]).includes(value) ? (value as TextSize) : 'standard';
  root.setAttribute('data-text-size', chosen);
}

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
