import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  choosePrivateArea,
  indexedDbArea,
  isPrivateKey,
  localArea,
  privateArea,
  type ExtensionLocalStorage,
  type StoredChanges,
} from '../../../utils/private-area';
import { definePrivateItem } from '../../../utils/private-item';
import * as items from '../../../utils/storage';

const local = () => fakeBrowser.storage.local as unknown as ExtensionLocalStorage;

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

describe('choosing the private area', () => {
  it('is local storage where the browser can close it to content scripts (Chrome)', () => {
    const chromeLike = { ...local(), setAccessLevel: () => Promise.resolve() };
    expect(choosePrivateArea(chromeLike).kind).toBe('local');
  });

  it('is IndexedDB where it cannot (Firefox), and in these tests', () => {
    expect(choosePrivateArea(local()).kind).toBe('indexeddb');
    expect(privateArea().kind).toBe('indexeddb');
  });
});

describe('the IndexedDB area', () => {
  it('stores, reads, lists and removes values', async () => {
    const area = indexedDbArea();
    await area.set({ a: { text: 'One' }, b: 2 });
    expect(await area.get(['a', 'missing'])).toEqual({ a: { text: 'One' } });
    expect(await area.get()).toEqual({ a: { text: 'One' }, b: 2 });
    await area.remove(['a', 'missing']);
    expect(await area.get()).toEqual({ b: 2 });
  });

  it('tells its own page and every other page of a change', async () => {
    const here = indexedDbArea();
    const elsewhere = indexedDbArea();
    const heardHere = vi.fn<(changes: StoredChanges) => void>();
    const heardElsewhere = vi.fn<(changes: StoredChanges) => void>();
    here.onChanged(heardHere);
    const stop = elsewhere.onChanged(heardElsewhere);
    await here.set({ draft: 'First' });
    await here.set({ draft: 'Second' });
    await here.remove(['draft']);
    const expected = [
      [{ draft: { newValue: 'First' } }],
      [{ draft: { newValue: 'Second', oldValue: 'First' } }],
      [{ draft: { oldValue: 'Second' } }],
    ];
    expect(heardHere.mock.calls).toEqual(expected);
    await vi.waitFor(() => expect(heardElsewhere.mock.calls).toEqual(expected));
    stop();
  });

  it('keeps nothing in local storage, where a content script could read it', async () => {
    await items.quickNoteDraft.setValue({ text: 'About Pat', kind: 'note', protegeId: 'pat' });
    await items.pickerSnapshot.setValue([{ id: 'pat', name: 'Pat Lee' }]);
    await items.formDraftItem('goal:pat').setValue({ fields: { title: 'Post weekly' } });
    expect(JSON.stringify(await local().get(null))).not.toMatch(/About Pat|Pat Lee|Post weekly/);
    expect(await items.quickNoteDraft.getValue()).toEqual({ text: 'About Pat', kind: 'note', protegeId: 'pat' });
  });

  it('moves what an earlier version kept in local storage, once, and leaves the settings there', async () => {
    await local().set({
      quickNoteDraft: { text: 'Typed before the update', kind: 'action' },
      'pendingEdit:profile:pat:gaps': { target: { type: 'profile', id: 'pat', field: 'gaps' }, value: 'Excel' },
      theme: 'dark',
    });
    const area = indexedDbArea(local());
    expect(await area.get(['quickNoteDraft'])).toEqual({
      quickNoteDraft: { text: 'Typed before the update', kind: 'action' },
    });
    expect(Object.keys(await area.get())).toEqual(['pendingEdit:profile:pat:gaps', 'quickNoteDraft']);
    expect(await local().get(null)).toEqual({ theme: 'dark' });

    // Once moved, a value an older page writes to local storage afterwards is not moved over a newer one.
    await area.set({ quickNoteDraft: { text: 'Newer', kind: 'note' } });
    await local().set({ quickNoteDraft: { text: 'Stale', kind: 'note' } });
    expect(await indexedDbArea(local()).get(['quickNoteDraft'])).toEqual({
      quickNoteDraft: { text: 'Newer', kind: 'note' },
    });
  });

  it('still reads a value whose write was cut short, as a page closing mid-write leaves it, until a later write lands', async () => {
    const area = indexedDbArea();
    await area.set({ quickNoteDraft: { text: 'Sam asked about', kind: 'note' } });
    // The page closes with the last keystroke's transaction unfinished: IndexedDB aborts it.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The page is closing.', 'AbortError');
    });
    await expect(area.set({ quickNoteDraft: { text: 'Sam asked about Copilot', kind: 'note' } })).rejects.toThrow(
      'The page is closing.',
    );
    const reopened = indexedDbArea();
    expect(await reopened.get(['quickNoteDraft'])).toEqual({
      quickNoteDraft: { text: 'Sam asked about Copilot', kind: 'note' },
    });
    expect(await reopened.get()).toEqual({ quickNoteDraft: { text: 'Sam asked about Copilot', kind: 'note' } });

    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementationOnce(() => {
      throw new DOMException('The page is closing.', 'AbortError');
    });
    await expect(reopened.remove(['quickNoteDraft'])).rejects.toThrow('The page is closing.');
    expect(await indexedDbArea().get()).toEqual({});

    // A write that lands leaves nothing behind but the database's own value.
    await reopened.set({ quickNoteDraft: { text: 'Saved whole', kind: 'note' } });
    expect(Object.keys(localStorage)).toEqual([]);
    expect(await indexedDbArea().get()).toEqual({ quickNoteDraft: { text: 'Saved whole', kind: 'note' } });
  });

  it('opens again when another page deleted the database under it', async () => {
    const area = indexedDbArea();
    await area.set({ a: 1 });
    await new Promise((resolve) => (indexedDB.deleteDatabase('mentor-up-private').onsuccess = resolve));
    expect(await area.get()).toEqual({});
    await area.set({ a: 2 });
    expect(await area.get(['a'])).toEqual({ a: 2 });
  });
});

describe('the local area (Chrome)', () => {
  it('reads and writes local storage itself', async () => {
    const area = localArea(local());
    await area.set({ quickNoteDraft: { text: 'Hi', kind: 'note' } });
    expect(await local().get(['quickNoteDraft'])).toEqual({ quickNoteDraft: { text: 'Hi', kind: 'note' } });
    await area.remove(['quickNoteDraft']);
    expect(await area.get()).toEqual({});
  });
});

describe('private items', () => {
  it('bring an older value up to their version, and store it so', async () => {
    const area = indexedDbArea();
    await area.set({ note: 'plain text' });
    const note = definePrivateItem(() => area, 'note', {
      fallback: { text: '', words: 0 },
      version: 3,
      migrations: {
        2: (value) => ({ text: value as string }),
        3: (value) => ({ ...(value as { text: string }), words: (value as { text: string }).text.split(' ').length }),
      },
    });
    expect(await note.getValue()).toEqual({ text: 'plain text', words: 2 });
    expect(await area.get()).toEqual({ note: { text: 'plain text', words: 2 }, note$: { v: 3 } });
    await note.setValue({ text: 'a', words: 1 });
    expect(await area.get()).toEqual({ note: { text: 'a', words: 1 }, note$: { v: 3 } });
    await note.removeValue();
    expect(await note.getValue()).toEqual({ text: '', words: 0 });
  });

  it('refuse a value stored by a newer version', async () => {
    const area = indexedDbArea();
    await area.set({ note: 'x', note$: { v: 5 } });
    const note = definePrivateItem(() => area, 'note', { fallback: '', version: 1 });
    await expect(note.getValue()).rejects.toThrow('newer version');
  });

  it('are every value of utils/storage.ts that holds typed text or names, and no setting is', () => {
    const defined = (Object.values(items) as unknown[]).filter(
      (value): value is { key: string } => typeof value === 'object' && value !== null && 'key' in value,
    );
    const privateOnes = defined.filter((item) => !/^(local|session):/.test(item.key)).map((item) => item.key);
    const settings = defined
      .filter((item) => /^(local|session):/.test(item.key))
      .map((item) => item.key.split(':')[1]!);
    expect(privateOnes.toSorted()).toEqual(
      [
        'lastPopupTip',
        'lastProtegeId',
        'panelNoteDraft',
        'pickerSnapshot',
        'quickNoteDraft',
        'sessionNoteDraft',
        'unsavedCaptures',
        'wrapUpDraft',
      ].toSorted(),
    );
    expect([...privateOnes, items.formDraftItem('goal:x').key, 'pendingEdit:note-text:n1'].every(isPrivateKey)).toBe(
      true,
    );
    expect(settings.length).toBeGreaterThan(3);
    expect(settings.some(isPrivateKey)).toBe(false);
  });
});
