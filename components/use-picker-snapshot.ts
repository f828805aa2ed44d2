import { useEffect } from 'react';
import type { Protege } from '../db/types';
import { pickerSnapshot, type PickerEntry } from '../utils/storage';

export function pickerEntries(proteges: readonly Protege[]): PickerEntry[] {
  return proteges.filter((p) => !p.archived).map(({ id, name }) => ({ id, name }));
}

const same = (a: readonly PickerEntry[] | null, b: readonly PickerEntry[]) =>
  a !== null && a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.name === b[i]?.name);

/**
 * Keeps the popup's picker snapshot equal to the protégés this page lists, so a rename, an
 * archive or a deletion made here never shows in the next popup, not even for a moment.
 */
export function useKeepPickerSnapshot(proteges: readonly Protege[] | undefined) {
  useEffect(() => {
    if (!proteges) return;
    const entries = pickerEntries(proteges);
    void pickerSnapshot
      .getValue()
      .then((current) => (same(current, entries) ? undefined : pickerSnapshot.setValue(entries)))
      // Only the next popup's first moment depends on it: it then waits for the database instead.
      .catch(() => undefined);
  }, [proteges]);
}
