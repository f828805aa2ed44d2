import { requestPersistentStorage } from '../db/persistence';
import { persistenceRequested } from './storage';

/** Asks for persistent storage the first time any page of the extension opens. */
export async function requestPersistenceOnce(): Promise<void> {
  if (await persistenceRequested.getValue()) return;
  await requestPersistentStorage();
  await persistenceRequested.setValue(true);
}
