/**
 * Subjects a reverse mentor needs help with that cut across stage and moment. A tip names the
 * themes it speaks to (`Tip.themes`); the library check holds each theme to a minimum count.
 */

export const TIP_THEMES = ['power-distance', 'measuring-progress', 'ending', 'confidentiality', 'skill-risks'] as const;
export type TipTheme = (typeof TIP_THEMES)[number];


/** The fewest tips each theme may have. */
export const MIN_TIPS_PER_THEME: Record<TipTheme, number> = {
  'power-distance': 5,
  'measuring-progress': 5,
  ending: 5,
  confidentiality: 3,
  'skill-risks': 3,
};

export function isTipTheme(value: unknown): value is TipTheme {
  return typeof value === 'string' && (TIP_THEMES as readonly string[]).includes(value);
}
