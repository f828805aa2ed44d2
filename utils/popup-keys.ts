/**
 * The `browser.storage.local` keys the popup reads before anything else has loaded (see
 * entrypoints/popup/shell.ts). The storage items in `storage.ts` are defined on these keys, so
 * both always name the same values.
 */
export const POPUP_KEYS = {
  draft: 'quickNoteDraft',
  protegeId: 'lastProtegeId',
  pickerSnapshot: 'pickerSnapshot',
  theme: 'theme',
  textSize: 'textSize',
} as const;
