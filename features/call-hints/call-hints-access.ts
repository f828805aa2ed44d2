import { browser } from 'wxt/browser';
import { CALL_HOST_ORIGINS } from './call-hosts';
import { callHintsEnabled } from '../../utils/storage';

/**
 * The options page's "Coaching hints on call pages" switch. Host access to Meet, Zoom and
 * Teams is asked for only when it is turned on, and given back when it is turned off.
 */

/**
 * Call straight from the click or change handler, before anything is awaited: browsers only
 * show the permission prompt in response to the user's action. Resolves with whether the
 * hints are now on.
 */
export async function turnOnCallHints(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: CALL_HOST_ORIGINS });
  await callHintsEnabled.setValue(granted);
  return granted;
}

export async function turnOffCallHints(): Promise<void> {
  await callHintsEnabled.setValue(false);
  await browser.permissions.remove({ origins: CALL_HOST_ORIGINS });
}

export function hasCallHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: CALL_HOST_ORIGINS });
}
