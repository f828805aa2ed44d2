import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '../../../db/database';
import { addProtege } from '../db/seed';
import { MAX_PAGE_TITLE_LENGTH, MAX_URL_LENGTH } from '../../../db/record-rules';
import { MENU_ITEMS, setUpCapture } from '../../../features/capture/context-menu';
import { lastProtegeId } from '../../../utils/storage';
import { exportAndPlanIntoEmptyDatabase } from '../db/restorable';
import { resetDatabase } from '../db/reset';
import { installFakeExtensionApis } from './fake-extension-apis';

let apis: ReturnType<typeof installFakeExtensionApis>;
let setUp: AbortController;

beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  await resetDatabase();
  setUp = new AbortController();
  setUpCapture(setUp.signal, { retryDelaysMs: [0, 0] });
});

afterEach(() => setUp.abort());

// What a sign-in or document link, or a hostile page, may hand the menu.
const LONG_URL = `https://docs.example.com/d/report?${'token=abc123&'.repeat(250)}`;
const LONG_TITLE = `Quarterly report ${'and more '.repeat(350)}`;

async function clickMenu(menuItemId: string, page: { url: string; title: string }, selectionText?: string) {
  const tab = { ...(await fakeBrowser.tabs.create({ url: page.url })), title: page.title };
  await apis.contextMenus.onClicked.trigger(
    { menuItemId, editable: false, pageUrl: page.url, ...(selectionText ? { selectionText } : {}) },
    tab,
  );
  await expect.poll(async () => fakeBrowser.action.getTitle({ tabId: tab.id })).not.toBe('');
}

describe('a captured page with a very long title and address', () => {
  it.each([
    ['the page link', MENU_ITEMS.page.id, undefined],
    ['a selection', MENU_ITEMS.selection.id, 'One line worth keeping'],
  ])('is saved from %s within the limits, and its backup imports', async (_what, menuItemId, selection) => {
    expect(LONG_URL.length).toBeGreaterThan(3000);
    expect(LONG_TITLE.length).toBeGreaterThan(3000);
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await lastProtegeId.setValue(pat.id);

    await clickMenu(menuItemId, { url: LONG_URL, title: LONG_TITLE }, selection);

    const [note] = await db.notes.toArray();
    expect(note?.protegeId).toBe(pat.id);
    expect(note?.source.url).toBe(LONG_URL.slice(0, MAX_URL_LENGTH));
    expect(note?.source.title?.length).toBeLessThanOrEqual(MAX_PAGE_TITLE_LENGTH);
    expect(note?.source.title).toMatch(/^Quarterly report and more .*…$/);
    const backup = await exportAndPlanIntoEmptyDatabase();
    expect(backup.notes).toHaveLength(1);
  });

  it('keeps no address that is not a web address', async () => {
    await clickMenu(MENU_ITEMS.selection.id, { url: 'javascript:alert(1)', title: 'A page' }, 'Quote');
    const [note] = await db.notes.toArray();
    expect(note?.text).toBe('Quote');
    expect(note?.source.url).toBeUndefined();
  });
});
