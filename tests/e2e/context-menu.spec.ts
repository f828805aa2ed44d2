import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';

/** The few extension APIs this test uses inside the service worker. */
interface WorkerChrome {
  tabs: {
    create(options: { url: string; active: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  contextMenus: { onClicked: { dispatch(...args: unknown[]): void } };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
}

test('"Save selection to Mentor Up" in the real background saves to the last protégé', async ({
  context,
  openPage,
}) => {
  test.setTimeout(60_000);
  const popup = await openPage('popup.html', POPUP_SIZE);
  await popup.getByRole('textbox', { name: 'Name' }).fill('Pat Lee');
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Pat Lee');

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Chrome's own event dispatch, as a right-click on selected text would fire it.
  const badge = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const tab = await chrome.tabs.create({ url: 'about:blank', active: false });
    // A right-click comes on a page that has loaded. The browser resets a tab's badge when its
    // page commits, so a click dispatched while the new tab still loads could lose its tick.
    while ((await chrome.tabs.get(tab.id!)).status !== 'complete') await new Promise((r) => setTimeout(r, 20));
    chrome.contextMenus.onClicked.dispatch(
      {
        menuItemId: 'save-selection',
        editable: false,
        pageUrl: 'https://example.com/ai',
        selectionText: 'Try one prompt a day',
      },
      { ...tab, title: 'AI at work' },
    );
    // The tick shows for a few seconds once the note is on disk; look for it often, and for
    // long enough that a slow disk on a busy machine does not fail the test.
    for (let i = 0; i < 400; i++) {
      const text = await chrome.action.getBadgeText({ tabId: tab.id });
      if (text) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return '';
  });
  expect(badge).toBe('✓');

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([/Try one prompt a day/]);
});
