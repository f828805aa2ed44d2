import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rankTips } from '../../../content/rank-tips';
import { addProtege } from '../db/seed';
import { startSession } from '../../../db/sessions';
import { recordStage } from '../../../db/stage-events';
import { PopupTip } from '../../../entrypoints/popup/PopupTip';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

const title = async () => (await screen.findByRole('region', { name: 'Tip' })).querySelector('.tip-title')?.textContent;

describe('popup tip', () => {
  it('shows the best tip for preparing, a different one on "Next tip", and never the same first tip twice in a row', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    await recordStage(pat.id, 'denial');
    const ranked = rankTips({ generation: 'boomer', stage: 'denial', moment: 'prepare', limit: 5 }).map(
      (r) => r.tip.title,
    );

    const user = userEvent.setup();
    render(<PopupTip protege={pat} />);
    const first = await title();
    expect(first).toBe(ranked[0]);
    await user.click(screen.getByRole('button', { name: 'Next tip' }));
    await screen.findByText(ranked[1]!);
    cleanup();

    render(<PopupTip protege={pat} />);
    const reopened = await title();
    expect(reopened).not.toBe(ranked[1]);
    expect(ranked).toContain(reopened);
  });

  it('fits the moment: in-session tips while a session runs', async () => {
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await recordStage(sam.id, 'resistance');
    await startSession(sam.id);
    render(<PopupTip protege={sam} />);
    expect(await title()).toBe(
      rankTips({ generation: 'genx', stage: 'resistance', moment: 'in-session' })[0]?.tip.title,
    );
  });
});
