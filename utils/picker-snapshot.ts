import { listProteges } from '../db/proteges';
import type { Protege } from '../db/types';
import { pickerSnapshot, type PickerEntry } from './storage';

/** The popup picker's entries: the active protégés, ids and names only, in list order. */
export function pickerEntries(proteges: readonly Protege[]): PickerEntry[] {
  return proteges.filter((p) => !p.archived).map(({ id, name }) => ({ id, name }));
}

const same = (a: readonly PickerEntry[] | null, b: readonly PickerEntry[]) =>
  a !== null && a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.name === b[i]?.name);

/**
 * Makes the popup's picker snapshot match `proteges` (written only when it differs). A missed
 * write only slows the popup's next first moment: it then waits for the database instead.
 */
export async function keepPickerSnapshot(proteges: readonly Protege[]): Promise<void> {
  const entries = pickerEntries(proteges);
  try {
    if (!same(await pickerSnapshot.getValue(), entries)) await pickerSnapshot.setValue(entries);
  } catch {
    // See above: nothing is lost.
  }
}

/** After a change made outside a page that lists protégés (an import), read them and keep the snapshot. */
export async function refreshPickerSnapshot(): Promise<void> {
  await keepPickerSnapshot(await listProteges()).catch(() => undefined);
}
