import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { requestPersistenceOnce } from '../../../db/persist-once';
import { persistenceRequested } from '../../../utils/storage';

beforeEach(() => fakeBrowser.reset());

describe('requestPersistenceOnce', () => {
  it('asks the browser the first time only, even across page loads', async () => {
    const manager = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) };
    const storage = manager as unknown as StorageManager;
    await requestPersistenceOnce(storage);
    expect(await persistenceRequested.getValue()).toBe(true);
    await requestPersistenceOnce(storage);
    await requestPersistenceOnce(storage);
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });
});
