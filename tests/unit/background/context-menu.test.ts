import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { listNotes } from '../../../db/notes';
import { setProtegeArchived } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import { MENU_ITEMS, setUpCapture } from '../../../features/capture/context-menu';
import { lastProtegeId, unsavedCaptures } from '../../../utils/storage';
import { interceptWrites } from '../db/failing-writes';
import { resetDatabase } from '../db/reset';
import { installFakeExtensionApis } from './fake-extension-apis';
import { listenedEvents } from './listened-events';

let apis: ReturnType<typeof installFakeExtensionApis>;
let setUp: AbortController;
let removeInterceptor: (() => Promise<void>) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  await resetDatabase();
  setUp = new AbortController();
  setUpCapture(setUp.signal, { retryDelaysMs: [0, 0] });
});

afterEach(async () => {
  setUp.abort();
  await removeInterceptor?.();
  removeInterceptor = undefined;
});

const ARTICLE = { url: 'https://example.com/ai-at-work', title: 'AI at work, explained' };

async function articleTab() {
  const tab = await fakeBrowser.tabs.create({ url: ARTICLE.url });
  return { ...tab, title: ARTICLE.title };
}

/**
 * The listener saves in the background, as in the browser, so this waits for the title the
 * save ends with: the tab's beside a tick, or every tab's beside "!".
 */
async function clickMenu(menuItemId: string, tab: { id?: number; title?: string }, selectionText?: string) {
  await apis.contextMenus.onClicked.trigger(
    { menuItemId, editable: false, pageUrl: ARTICLE.url, ...(selectionText ? { selectionText } : {}) },
    tab,
  );
  // The tab's title once saved; the whole button's once the capture is kept after a failure.
  await expect
    .poll(async () => {
      const own = await fakeBrowser.action.getTitle({ tabId: tab.id });
      const overall = await fakeBrowser.action.getTitle({});
      return own || (overall.startsWith('Mentor Up could not') ? overall : '');
    })
    .not.toBe('');
}

function inboxNotes() {
  return db.notes.filter((note) => note.protegeId === undefined).toArray();
}

describe('context menu', () => {
  it('makes "Save selection" for selected text and "Save page link" for the page, on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect([...apis.contextMenus.items.values()]).toEqual([
      { id: 'save-selection', title: 'Save selection to Mentor Up', contexts: ['selection'] },
      { id: 'save-page-link', title: 'Save page link to Mentor Up', contexts: ['page'] },
    ]);
    // Made again at browser start without a duplicate-id error.
    await fakeBrowser.runtime.onStartup.trigger();
    expect(apis.contextMenus.items.size).toBe(2);
  });

  it('saves the selection with the page URL and title to the last protégé, and ticks the badge', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await lastProtegeId.setValue(pat.id);
    const tab = await articleTab();

    await clickMenu(MENU_ITEMS.selection.id, tab, '  Start with one prompt a day.  ');

    const notes = await listNotes(pat.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'note',
      text: 'Start with one prompt a day.',
      source: { kind: 'selection', url: ARTICLE.url, title: ARTICLE.title },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toBe('Saved to Mentor Up');
  });

  it('saves to the inbox when no protégé was chosen yet', async () => {
    const tab = await articleTab();
    await clickMenu(MENU_ITEMS.selection.id, tab, 'Worth sharing');
    const inbox = await inboxNotes();
    expect(inbox.map((note) => [note.text, note.source])).toEqual([
      ['Worth sharing', { kind: 'selection', url: ARTICLE.url, title: ARTICLE.title }],
    ]);
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toBe('Saved to your Mentor Up inbox');
  });

  it('saves to the inbox when the last protégé has been archived', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await lastProtegeId.setValue(pat.id);
    await setProtegeArchived(pat.id, true);
    await clickMenu(MENU_ITEMS.selection.id, await articleTab(), 'For later');
    expect(await listNotes(pat.id)).toEqual([]);
    expect((await inboxNotes()).map((note) => note.text)).toEqual(['For later']);
  });

  it('saves a link to the page when nothing is selected', async () => {
    await clickMenu(MENU_ITEMS.page.id, await articleTab());
    const [note] = await inboxNotes();
    expect(note).toMatchObject({
      text: `${ARTICLE.title}\n${ARTICLE.url}`,
      source: { kind: 'selection', url: ARTICLE.url, title: ARTICLE.title },
    });
  });

  it('tries a failed write again', async () => {
    let attempts = 0;
    removeInterceptor = await interceptWrites('notes', async () => {
      attempts += 1;
      if (attempts === 1) throw new DOMException('The disk is busy', 'UnknownError');
    });
    await clickMenu(MENU_ITEMS.selection.id, await articleTab(), 'Second time lucky');
    expect(attempts).toBe(2);
    expect((await inboxNotes()).map((note) => note.text)).toEqual(['Second time lucky']);
    expect(await unsavedCaptures.getValue()).toEqual([]);
  });

  it('keeps the selection and shows "!" when every attempt fails, then saves it at the next start', async () => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await lastProtegeId.setValue(pat.id);
    let attempts = 0;
    removeInterceptor = await interceptWrites('notes', async () => {
      attempts += 1;
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });

    await clickMenu(MENU_ITEMS.selection.id, await articleTab(), 'Do not lose me');

    expect(attempts).toBe(3);
    expect(await unsavedCaptures.getValue()).toMatchObject([
      { text: 'Do not lose me', url: ARTICLE.url, title: ARTICLE.title, protegeId: pat.id },
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Mentor Up could not save your selection: .*space.*kept/);

    await removeInterceptor();
    removeInterceptor = undefined;
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(() => unsavedCaptures.getValue()).toEqual([]);
    expect((await listNotes(pat.id)).map((note) => note.text)).toEqual(['Do not lose me']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('stops listening and removes its menu items when its signal aborts', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(listenedEvents()).toEqual(['contextMenus.onClicked', 'runtime.onInstalled', 'runtime.onStartup']);
    setUp.abort();
    expect(listenedEvents()).toEqual([]);
    await expect.poll(() => apis.contextMenus.items.size).toBe(0);
  });
});
