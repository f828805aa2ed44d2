import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../db/persistence';

function fakeStorageManager(persisted: boolean, grant: boolean | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    }),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('requestPersistentStorage', () => {
  it.each([
    ['already persistent: does not ask', true, true, true, 0],
    ['asks and is granted', false, true, true, 1],
    ['asks and is refused', false, false, false, 1],
    ['asking throws: reports not persistent', false, new Error('no'), false, 1],
  ] as const)('%s', async (_, persisted, grant, expected, asks) => {
    const manager = fakeStorageManager(persisted, grant);
    expect(await requestPersistentStorage(manager)).toBe(expected);
    expect(manager.persist).toHaveBeenCalledTimes(asks);
  });

  it('reports false where the API is missing', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
