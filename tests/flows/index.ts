import { axeEverySurface } from './a11y';
import { badFileChangesNothing, exportThenImportElsewhere } from './backup';
import { coachingFollowsProtege } from './coaching';
import type { Flow } from './flow';
import { notesSearchEditDelete } from './notes';
import { closedPopupKeepsText, firstRunQuickNote } from './quick-note';
import { reloadMidEdit, wholeSession } from './session';
import { settingsApplyLive } from './settings';

/** Every main flow, in the order the specs run them: both browsers' specs run this same list. */
export const FLOWS: readonly Flow[] = [
  firstRunQuickNote,
  ...closedPopupKeepsText,
  coachingFollowsProtege,
  wholeSession,
  reloadMidEdit,
  notesSearchEditDelete,
  exportThenImportElsewhere,
  badFileChangesNothing,
  settingsApplyLive,
  axeEverySurface,
];

export type { Flow };
