/**
 * Asks the browser to keep this extension's storage under pressure. Chrome grants it to
 * extensions with `unlimitedStorage`; Firefox may ask the user. Returns whether storage is
 * persistent now; never throws (some contexts lack the API).
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage) {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
