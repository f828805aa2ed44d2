import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessages, sendMessage, type MessageSender } from '../../../utils/messaging';
import { browserTab, callPageSender, MEET_URL } from './call-sender';

const openPanel = vi.fn();
const pageOpened = vi.fn();
let stop: () => void;

beforeEach(() => {
  fakeBrowser.reset();
  openPanel.mockReset();
  pageOpened.mockReset();
  stop = handleMessages({ 'open-side-panel': openPanel, 'call-page-opened': pageOpened });
});

afterEach(() => stop());

async function deliver(message: unknown, sender: MessageSender) {
  const [response] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return response as unknown;
}

describe('messaging', () => {
  it('hands a well-formed message from a call page to its handler, with the payload parsed', async () => {
    expect(await deliver({ type: 'call-page-opened', payload: { service: 'meet' } }, callPageSender())).toEqual({
      ok: true,
    });
    expect(pageOpened).toHaveBeenCalledWith({ service: 'meet' }, expect.objectContaining({ url: MEET_URL }));
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }, 'The message did not come from Mentor Up.'],
    ['no extension id', { id: undefined }, 'The message did not come from Mentor Up.'],
    [
      'a page that is not a call page',
      { url: 'https://evil.example/meet.google.com/', tab: browserTab({ url: 'https://evil.example/' }) },
      'The message came from a page that is not a call page.',
    ],
    [
      'a look-alike host',
      { url: 'https://meet.google.com.evil.example/x' },
      'The message came from a page that is not a call page.',
    ],
    ['a frame inside the call page', { frameId: 4 }, 'The message came from a frame inside the page.'],
    ['no tab at all', { tab: undefined }, 'The message did not come from a browser tab.'],
  ])('refuses a forged sender: %s', async (_case, overrides, reason) => {
    const response = await deliver({ type: 'open-side-panel', payload: {} }, callPageSender(overrides));
    expect(response).toEqual({ ok: false, reason });
    expect(openPanel).not.toHaveBeenCalled();
  });

  it.each([
    [
      'an unknown service',
      { type: 'call-page-opened', payload: { service: 'skype' } },
      /"call-page-opened" message is malformed/,
    ],
    ['a missing field', { type: 'call-page-opened', payload: {} }, /"call-page-opened" message is malformed/],
    [
      'an extra field',
      { type: 'open-side-panel', payload: { protegeId: 'x' } },
      /"open-side-panel" message is malformed/,
    ],
    ['no payload', { type: 'open-side-panel' }, /not one Mentor Up sends/],
    ['a bare string', 'open-side-panel', /not one Mentor Up sends/],
    ['an unknown type', { type: 'read-notes', payload: {} }, /no message called "read-notes"/],
    ['a type every object has', { type: 'toString', payload: {} }, /no message called "toString"/],
    ['a type named like the prototype', { type: '__proto__', payload: {} }, /no message called "__proto__"/],
  ])('refuses a malformed message: %s', async (_case, message, reason) => {
    const response = await deliver(message, callPageSender());
    expect(response).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    expect(openPanel).not.toHaveBeenCalled();
    expect(pageOpened).not.toHaveBeenCalled();
  });

  it('answers with the reason when a handler fails', async () => {
    openPanel.mockRejectedValueOnce(new Error('The side panel is not available.'));
    expect(await deliver({ type: 'open-side-panel', payload: {} }, callPageSender())).toEqual({
      ok: false,
      reason: 'The side panel is not available.',
    });
  });

  it('leaves message types it was not given to other listeners', async () => {
    stop();
    stop = handleMessages({ 'call-page-opened': pageOpened });
    expect(await deliver({ type: 'open-side-panel', payload: {} }, callPageSender())).toBeUndefined();
  });

  it('sendMessage resolves with the refusal instead of throwing', async () => {
    // The fake browser delivers with an empty sender, as if the message came from nowhere.
    expect(await sendMessage('open-side-panel', {})).toEqual({
      ok: false,
      reason: 'The message did not come from Mentor Up.',
    });
  });
});
