import { browser } from 'wxt/browser';

/** Opens the programme review in a tab of its own, on one protégé or on all of them. */
export async function openProgrammeReview(protegeId?: string): Promise<void> {
  const query = protegeId === undefined ? '' : `?${new URLSearchParams({ protege: protegeId })}`;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/review.html')}${query}` });
}
