import { listProteges } from './proteges';
import { withExtensionLock } from '../utils/extension-lock';
import type { Protege } from './types';
import { pickerSnapshot } from '../utils/storage';
import type { PickerEntry } from '../utils/popup-items';

/** The popup picker's entries: the active protégés, ids and names only, in list order. */
function pickerEntries(proteges: readonly Protege[]): PickerEntry[] {
  return proteges.filter((p) => !p.archived).map(({ id, name }) => ({ id, name }));
}

const LOCK_NAME = 'mentor-up:picker-snapshot';

/** Runs `work` while no other page of the extension changes the picker snapshot or deletes a protégé. */
function withPickerLock<T>(work: () => Promise<T>): Promise<T> {
  return withExtensionLock(LOCK_NAME, work);
}

// The entries this page last found stored or wrote: a list whose names and order did not
// change (a profile edit, a live query answering again) costs no round trip.
let known: string | undefined;

/**
 * Makes the popup's picker snapshot match the database after `proteges` (this page's list)
 * changed. The snapshot is written from what the database holds inside the lock, never from
 * the page's list, which may be stale: it must never name a protégé the database does not
 * hold. A missed write only slows the popup's next first moment: it then waits for the database.
 */
export async function keepPickerSnapshot(proteges: readonly Protege[]): Promise<void> {
  if (JSON.stringify(pickerEntries(proteges)) === known) return;
  try {
    await withPickerLock(async () => {
      const entries = pickerEntries(await listProteges());
      const wanted = JSON.stringify(entries);
      if (JSON.stringify(await pickerSnapshot.getValue()) !== wanted) await pickerSnapshot.setValue(entries);
      known = wanted;
    });
  } catch {
    // See above: nothing is lost.
  }
}

/** After a change made outside a page that lists protégés (an import), read them and keep the snapshot. */
export async function refreshPickerSnapshot(): Promise<void> {
  await keepPickerSnapshot(await listProteges()).catch(() => undefined);
}

/**
 * Runs `change`, which removes protégés from the database, with those protégés first taken
 * out of the snapshot, all inside the lock: no page can put them back in between.
 */
export async function withProtegesLeavingSnapshot(ids: readonly string[], change: () => Promise<void>): Promise<void> {
  await withPickerLock(async () => {
    const gone = new Set(ids);
    const stored = await pickerSnapshot.getValue().catch(() => null);
    if (stored?.some((entry) => gone.has(entry.id))) {
      const kept = stored.filter((entry) => !gone.has(entry.id));
      await pickerSnapshot.setValue(kept);
      known = JSON.stringify(kept);
    }
    await change();
  });
}
