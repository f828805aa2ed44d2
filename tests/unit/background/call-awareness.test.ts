import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setUpCallHints, syncCallHints } from '../../../features/call-hints/call-awareness';
import { turnOffCallHints, turnOnCallHints } from '../../../features/call-hints/call-hints-access';
import { CALL_HINTS_SCRIPT, CALL_HOST_ORIGINS, CALL_PAGE_MATCHES } from '../../../features/call-hints/call-hosts';
import { callHintsEnabled } from '../../../utils/storage';
import { browserTab, callPageSender } from './call-sender';
import { installFakeExtensionApis } from './fake-extension-apis';

let apis: ReturnType<typeof installFakeExtensionApis>;
let setUp: AbortController;

beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  setUp = new AbortController();
  setUpCallHints(setUp.signal);
  await syncCallHints();
});

afterEach(() => setUp.abort());

async function deliver(message: unknown, sender = callPageSender()) {
  const [response] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return response as unknown;
}

describe('call-page hints', () => {
  it('asks for no host until turned on', () => {
    expect(apis.permissions.granted.size).toBe(0);
    expect(apis.scripting.registered.size).toBe(0);
  });

  it('turning on requests the call hosts and registers the hint script on call pages', async () => {
    expect(await turnOnCallHints()).toBe(true);
    expect(apis.permissions.request).toHaveBeenCalledWith({ origins: CALL_HOST_ORIGINS });
    expect([...apis.permissions.granted].sort()).toEqual([
      'https://*.zoom.us/*',
      'https://meet.google.com/*',
      'https://teams.live.com/*',
      'https://teams.microsoft.com/*',
    ]);
    expect(await callHintsEnabled.getValue()).toBe(true);
    await syncCallHints();
    expect([...apis.scripting.registered.values()]).toEqual([
      expect.objectContaining({ id: CALL_HINTS_SCRIPT.id, js: [CALL_HINTS_SCRIPT.file], matches: CALL_PAGE_MATCHES }),
    ]);
  });

  it('turning off removes the hosts and the hint script', async () => {
    await turnOnCallHints();
    await syncCallHints();
    await turnOffCallHints();
    await syncCallHints();
    expect(apis.permissions.remove).toHaveBeenCalledWith({ origins: CALL_HOST_ORIGINS });
    expect(apis.permissions.granted.size).toBe(0);
    expect(apis.scripting.registered.size).toBe(0);
    expect(await callHintsEnabled.getValue()).toBe(false);
  });

  it('stays off when the person declines the browser prompt', async () => {
    apis.permissions.answer = false;
    expect(await turnOnCallHints()).toBe(false);
    await syncCallHints();
    expect(await callHintsEnabled.getValue()).toBe(false);
    expect(apis.scripting.registered.size).toBe(0);
  });

  it('turns itself off when access is taken away in the browser settings', async () => {
    await turnOnCallHints();
    await syncCallHints();
    await apis.permissions.remove({ origins: ['https://meet.google.com/*'] });
    await syncCallHints();
    expect(await callHintsEnabled.getValue()).toBe(false);
    expect(apis.scripting.registered.size).toBe(0);
  });

  it('marks a call tab on its badge, and clears the mark when the tab loads another page', async () => {
    await turnOnCallHints();
    expect(await deliver({ type: 'call-page-opened', payload: { service: 'meet' } })).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('Call');
    expect(await fakeBrowser.action.getTitle({ tabId: 12 })).toMatch(/Open the side panel/);

    await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'loading' }, browserTab({ status: 'loading' }));
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('');
  });

  it('refuses to mark a tab while the hints are off, or for a service the page is not', async () => {
    expect(await deliver({ type: 'call-page-opened', payload: { service: 'meet' } })).toMatchObject({ ok: false });
    await turnOnCallHints();
    expect(await deliver({ type: 'call-page-opened', payload: { service: 'zoom' } })).toMatchObject({ ok: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('');
  });

  it("opens the side panel in the call tab's window when the hint is clicked", async () => {
    await turnOnCallHints();
    expect(await deliver({ type: 'open-side-panel', payload: {} })).toEqual({ ok: true });
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });
});
