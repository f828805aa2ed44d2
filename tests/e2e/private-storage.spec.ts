import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithProfile } from './fixtures';

/**
 * Content scripts run inside web pages: Chrome must hold the extension's local storage
 * (drafts, pending edits, names in the picker snapshot, kept captures) back from them. Chrome
 * records the setting in the profile's preferences, where this test reads it after the
 * extension's background has started once (1 is Chrome's value for trusted contexts only).
 */
test('Chrome keeps the local storage from content scripts', async () => {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-private-'));
  try {
    const { context, worker, extensionId } = await launchWithProfile(userDataDir);
    const readLevel = async () => {
      const preferences = JSON.parse(await readFile(path.join(userDataDir, 'Default', 'Preferences'), 'utf8')) as {
        extensions?: { settings?: Record<string, { storage_local_access_level?: number }> };
      };
      return preferences.extensions?.settings?.[extensionId]?.storage_local_access_level;
    };
    // A storage call after the background's start is answered only after the ones it made then;
    // closing the browser writes the preferences to disk.
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.get(null),
    );
    await context.close();
    expect(await readLevel()).toBe(1);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
