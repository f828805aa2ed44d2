import { requestPersistentStorage } from '../db/persistence';
import { persistenceRequested } from './storage';

/** Asks for persistent storage the first time any page of the extension opens, and never again. */
export async function requestPersistenceOnce(storage: StorageManager | undefined = navigator.storage) {
  if (await persistenceRequested.getValue()) return;
  await requestPersistentStorage(storage);
  await persistenceRequested.setValue(true);
}
