/** Below this much room a failed write is put down to space: a note and its indexes need a few KB. */
const LOW_ROOM_BYTES = 1024 * 1024;

/**
 * Whether the browser reports (almost) no room left for this extension's storage. With
 * `unlimitedStorage`, Chrome's quota is the usage plus the free disk, so on a full disk the two
 * meet; its writes then fail as I/O errors, not QuotaExceededError, and the connection closes.
 * Never throws: without the API it says there is room.
 */
export async function isOutOfRoom(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  try {
    const estimate = await storage?.estimate?.();
    if (estimate?.quota === undefined || estimate.usage === undefined) return false;
    return estimate.quota - estimate.usage < LOW_ROOM_BYTES;
  } catch {
    return false;
  }
}
