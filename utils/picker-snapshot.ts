import { listProteges } from '../db/proteges';
import type { Protege } from '../db/types';
import { pickerSnapshot, type PickerEntry } from './storage';

/** The popup picker's entries: the active protégés, ids and names only, in list order. */
export function pickerEntries(proteges: readonly Protege[]): PickerEntry[] {
  return proteges.filter((p) => !p.archived).map(({ id, name }) => ({ id, name }));
}

// The entries this page last found stored or wrote: a list whose names and order did not
// change (a profile edit, a live query answering again) costs no storage round trip.
let known: string | undefined;

/**
 * Makes the popup's picker snapshot match `proteges` (written only when it differs). A missed
 * write only slows the popup's next first moment: it then waits for the database instead.
 */
export async function keepPickerSnapshot(proteges: readonly Protege[]): Promise<void> {
  const entries = pickerEntries(proteges);
  const wanted = JSON.stringify(entries);
  if (wanted === known) return;
  try {
    if (JSON.stringify(await pickerSnapshot.getValue()) !== wanted) await pickerSnapshot.setValue(entries);
    known = wanted;
  } catch {
    // See above: nothing is lost.
  }
}

/** After a change made outside a page that lists protégés (an import), read them and keep the snapshot. */
export async function refreshPickerSnapshot(): Promise<void> {
  await keepPickerSnapshot(await listProteges()).catch(() => undefined);
}
