import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportBackup } from '../../../db/backup/export-backup';
import { planImport } from '../../../db/backup/plan-import';
import { db } from '../../../db/database';
import { deleteProtege } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import {
  keepUnsavedCapture,
  saveCaptureWithRetry,
  saveUnsavedCaptures,
  type PageCapture,
} from '../../../features/capture/page-capture';
import { unsavedCaptures } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';
import { installWebLocks } from './fake-web-locks';

let removeLocks: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  removeLocks = installWebLocks();
  await resetDatabase();
});

afterEach(() => removeLocks());

const CAPTURE_IDS = [
  '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  '2c3d4e5f-6071-4b8c-9dae-1f2a3b4c5d6e',
  '3d4e5f60-7182-4c9d-aebf-2a3b4c5d6e7f',
];

function capture(index: number, protegeId?: string): PageCapture {
  return {
    id: CAPTURE_IDS[index]!,
    text: `Kept selection ${index}`,
    url: 'https://example.com/article',
    title: 'An article',
    capturedAt: Date.UTC(2026, 2, 1, 9, index),
    ...(protegeId ? { protegeId } : {}),
  };
}

/**
 * Another extension context with the same code: its own module state and its own connection
 * to the same database, sharing only what the browser shares (storage, IndexedDB, Web Locks).
 */
async function anotherContext() {
  vi.resetModules();
  const module = await import('../../../features/capture/page-capture');
  const database = await import('../../../db/database');
  return { capture: module, close: () => database.db.close() };
}

describe('kept captures', () => {
  it('are saved exactly once when the background and the options page save them at the same time', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await unsavedCaptures.setValue([capture(0, pat.id), capture(1)]);
    const options = await anotherContext();
    try {
      // The background keeps a new failure and tries the kept list while the options page's
      // "Save them now" runs: each context reads and writes the same list and the same notes.
      const left = await Promise.all([
        saveUnsavedCaptures(),
        options.capture.saveUnsavedCaptures(),
        keepUnsavedCapture(capture(2, pat.id)),
        options.capture.saveUnsavedCaptures(),
      ]);
      expect(left[3]).toBe(0);
    } finally {
      options.close();
    }
    const notes = (await db.notes.toArray()).sort((a, b) => a.createdAt - b.createdAt);
    expect(notes.map((note) => [note.id, note.text])).toEqual([
      [CAPTURE_IDS[0], 'Kept selection 0'],
      [CAPTURE_IDS[1], 'Kept selection 1'],
      [CAPTURE_IDS[2], 'Kept selection 2'],
    ]);
    expect(await unsavedCaptures.getValue()).toEqual([]);
  });

  it('a capture saved again (a retry after a write that did land) stores one note', async () => {
    await saveCaptureWithRetry(capture(0), []);
    await unsavedCaptures.setValue([capture(0)]);
    expect(await saveUnsavedCaptures()).toBe(0);
    await saveCaptureWithRetry(capture(0), []);
    expect(await db.notes.count()).toBe(1);
  });

  it('a kept capture whose protégé was deleted goes to the inbox, and the backup still imports', async () => {
    const sam = await addProtege({ name: 'Sam Ortiz', generation: 'genx' });
    await unsavedCaptures.setValue([capture(0, sam.id)]);
    await deleteProtege(sam.id);

    expect(await saveUnsavedCaptures()).toBe(0);
    const note = await db.notes.get(CAPTURE_IDS[0]!);
    expect(note?.text).toBe('Kept selection 0');
    expect(note?.protegeId).toBeUndefined();

    const backup = await exportBackup();
    await resetDatabase();
    expect((await planImport(backup)).ok).toBe(true);
  });

  it('a capture kept by an earlier release, without an id, is given one and saved once', async () => {
    const { id: _id, ...older } = capture(0);
    await unsavedCaptures.setValue([older as PageCapture]);
    expect(await saveUnsavedCaptures()).toBe(0);
    expect(await db.notes.count()).toBe(1);
  });
});
