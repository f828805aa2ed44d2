import { browser } from 'wxt/browser';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type RestrictableArea = typeof browser.storage.local & {
  setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void>;
};

/**
 * Drafts, pending edits, the picker snapshot and kept captures live in the private area
 * (private-area.ts). In Chrome that is the extension's local storage, and content scripts,
 * which run inside web pages, get no access to it at all; the call-hints script needs none.
 * Returns whether the browser took the restriction (Firefox has no such setting, and keeps
 * these values in IndexedDB instead).
 */
export async function keepLocalStorageFromContentScripts(): Promise<boolean> {
  const local = browser.storage.local as RestrictableArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
