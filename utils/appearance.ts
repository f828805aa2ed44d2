/**
 * How the theme and text size show on a page: `theme.css` reads the `data-theme` and
 * `data-text-size` attributes of the root element; "system" leaves the theme to the OS.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Larger sizes are for sharing the screen with someone who reads at a distance. */
export const TEXT_SIZES = ['standard', 'large', 'extra-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Storage is outside data: an unknown value falls back to the system theme. */
export function showTheme(root: HTMLElement, value: unknown) {
  const chosen: Theme = (THEMES as readonly unknown[]).includes(value) ? (value as Theme) : 'system';
  if (chosen === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', chosen);
}

export function showTextSize(root: HTMLElement, value: unknown) {
  const chosen: TextSize = (TEXT_SIZES as readonly unknown[]).includes(value) ? (value as TextSize) : 'standard';
  root.setAttribute('data-text-size', chosen);
}
