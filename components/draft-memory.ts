import { createContext } from 'react';
import type { NoteDraft } from '../utils/popup-items';

/**
 * The latest draft each note box of a page kept, by storage key: a box drawn again (its tab
 * left and opened again) starts from it, not from the draft as the page opened. A page that
 * redraws its boxes provides one.
 */
export const DraftMemory = createContext<Map<string, NoteDraft> | undefined>(undefined);
