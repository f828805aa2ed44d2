import { requestPersistentStorage } from './persistence';
import { persistenceRequested } from '../utils/storage';

/** Asks for persistent storage the first time any page of the extension opens, and never again. */
export async function requestPersistenceOnce(storage: StorageManager | undefined = navigator.storage) {
  if (await persistenceRequested.getValue()) return;
  await requestPersistentStorage(storage);
  await persistenceRequested.setValue(true);
}
