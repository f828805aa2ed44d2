import { useEffect } from 'react';
import type { Protege } from '../db/types';
import { keepPickerSnapshot } from '../db/picker-snapshot';

/**
 * Keeps the popup's picker snapshot equal to the protégés this page lists, so a rename, an
 * archive or a deletion made here never shows in the next popup, not even for a moment.
 */
export function useKeepPickerSnapshot(proteges: readonly Protege[] | undefined) {
  useEffect(() => {
    if (proteges) void keepPickerSnapshot(proteges);
  }, [proteges]);
}
