import { browser } from 'wxt/browser';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type RestrictableArea = typeof browser.storage.local & {
  setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void>;
};

/**
 * Drafts, pending edits, the picker snapshot and kept captures live in the extension's local
 * storage. Content scripts run inside web pages, so where the browser allows it (Chrome) they
 * get no access to that storage at all; the call-hints script needs none. Returns whether the
 * browser took the restriction.
 */
export async function keepLocalStorageFromContentScripts(): Promise<boolean> {
  const local = browser.storage.local as RestrictableArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
