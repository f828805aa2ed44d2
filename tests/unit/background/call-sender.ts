import { fakeBrowser } from 'wxt/testing';
import type { MessageSender } from '../../../utils/messaging';

export const MEET_URL = 'https://meet.google.com/abc-defg-hij';

type Tab = NonNullable<MessageSender['tab']>;

/** A browser tab showing `url`, with every field a real one has. */
export function browserTab(overrides: Partial<Tab> = {}): Tab {
  const flags = { pinned: false, highlighted: true, active: true, incognito: false, selected: true };
  const state = { discarded: false, autoDiscardable: true, frozen: false, groupId: -1, lastAccessed: 0 };
  return { id: 12, windowId: 3, index: 0, url: MEET_URL, ...flags, ...state, ...overrides };
}

/** What the browser reports for a message from the call-hints script on a Meet page. */
export function callPageSender(overrides: Partial<MessageSender> = {}): MessageSender {
  return { id: fakeBrowser.runtime.id, url: MEET_URL, frameId: 0, tab: browserTab(), ...overrides };
}
