import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProtege } from '../db/seed';
import type { Protege } from '../../../db/types';
import { App, type PanelDrafts } from '../../../entrypoints/sidepanel/App';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

/**
 * Each test of the file starts with an empty database and one Boomer protégé, Pat; `pat()` is
 * them. `renderPanel` draws the side panel on Pat, as it opens.
 */
export function withPat() {
  let pat: Protege | undefined;
  beforeEach(async () => {
    fakeBrowser.reset();
    await resetDatabase();
    pat = await addProtege({ name: 'Pat', generation: 'boomer' });
  });
  afterEach(cleanup);
  return () => pat!;
}

export function renderPanel(protege: Protege, drafts: Partial<PanelDrafts> = {}) {
  const user = userEvent.setup();
  render(
    <App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null, ...drafts }} initialProtegeId={protege.id} />,
  );
  return user;
}
