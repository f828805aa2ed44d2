import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { PRIVATE_DATABASE } from '../utils/private-area';

// WXT's fake browser has no `storage.local.setAccessLevel`, so unit tests keep private values
// in IndexedDB, as Firefox does. Each test starts without them, as it starts with the fake
// browser's storage reset. (The private area closes its connection to let the deletion through.)
beforeEach(async () => {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(PRIVATE_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Could not delete the private database.'));
  });
});
