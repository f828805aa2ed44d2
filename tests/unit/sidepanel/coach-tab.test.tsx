import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rankTips } from '../../../content/rank-tips';
import type { Generation, Stage } from '../../../content/vocabulary';
import { addProtege } from '../db/seed';
import { recordStage } from '../../../db/stage-events';
import { feedbackFor } from '../../../db/tip-feedback';
import { CoachTab } from '../../../entrypoints/sidepanel/CoachTab';
import type { Protege } from '../../../db/types';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

async function protege(name: string, generation: Generation, stage?: Stage) {
  const p = await addProtege({ name, generation });
  if (stage) await recordStage(p.id, stage);
  return p;
}

function renderCoach(p: Protege) {
  const user = userEvent.setup();
  render(<CoachTab protege={p} />);
  return user;
}

async function shownTitles() {
  const list = await screen.findByRole('list', { name: 'Tips' });
  return within(list)
    .getAllByRole('article')
    .map((card) => card.querySelector('.tip-title')?.textContent);
}

describe('Coach tab', () => {
  it('gives a Gen X protégé in resistance and a Boomer in denial different tips, each explained', async () => {
    const sam = await protege('Sam', 'genx', 'resistance');
    const pat = await protege('Pat', 'boomer', 'denial');
    const user = renderCoach(sam);
    await user.click(await screen.findByRole('radio', { name: 'In a session' }));
    const samTips = await shownTitles();
    expect(samTips).toEqual(
      rankTips({ generation: 'genx', stage: 'resistance', moment: 'in-session' }).map((r) => r.tip.title),
    );
    expect(screen.getAllByText(/resistance/).length).toBeGreaterThan(0);
    cleanup();

    const user2 = renderCoach(pat);
    await user2.click(await screen.findByRole('radio', { name: 'In a session' }));
    const patTips = await shownTitles();
    expect(patTips).toHaveLength(3);
    expect(patTips).not.toEqual(samTips);
    expect(document.querySelector('.tip-why')?.textContent).toMatch(/Baby Boomer|every generation/);
  });

  it('starts on "Preparing" outside a session and changes tips with the moment', async () => {
    const sam = await protege('Sam', 'genx', 'denial');
    const user = renderCoach(sam);
    expect(await screen.findByRole('radio', { name: 'Preparing' })).toHaveProperty('checked', true);
    const preparing = await shownTitles();
    await user.click(screen.getByRole('radio', { name: 'After a session' }));
    await vi.waitFor(async () => expect(await shownTitles()).not.toEqual(preparing));
  });

  it('"Not a fit" removes a tip for that protégé only, with undo', async () => {
    const sam = await protege('Sam', 'genx', 'resistance');
    const alex = await protege('Alex', 'genx', 'resistance');
    const user = renderCoach(sam);
    const [first] = await shownTitles();
    const card = screen.getAllByRole('article')[0]!;
    await user.click(within(card).getByRole('button', { name: 'Not a fit' }));
    await screen.findByText(/won’t be shown for Sam/);
    await vi.waitFor(async () => expect(await shownTitles()).not.toContain(first));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect((await shownTitles())[0]).toBe(first));
    await user.click(within(screen.getAllByRole('article')[0]!).getByRole('button', { name: 'Not a fit' }));
    await vi.waitFor(async () => expect(await shownTitles()).not.toContain(first));
    cleanup();

    renderCoach(alex);
    await vi.waitFor(async () => expect((await shownTitles())[0]).toBe(first));
    cleanup();

    renderCoach(sam);
    await vi.waitFor(async () => expect(await shownTitles()).not.toContain(first));
    expect([...(await feedbackFor(sam.id)).values()]).toEqual(['not-a-fit']);
  });

  it('"Worked" lifts a tip for that protégé and shows as pressed', async () => {
    const sam = await protege('Sam', 'genx', 'acceptance');
    const user = renderCoach(sam);
    await shownTitles();
    await user.click(screen.getByRole('button', { name: 'More tips' }));
    await vi.waitFor(async () => expect(await shownTitles()).toHaveLength(6));
    const sixth = screen.getAllByRole('article')[5]!;
    const title = sixth.querySelector('.tip-title')?.textContent;
    await user.click(within(sixth).getByRole('button', { name: 'Worked' }));
    await vi.waitFor(async () => expect((await shownTitles()).indexOf(title)).toBeLessThan(5));
    const card = screen.getAllByRole('article').find((a) => a.querySelector('.tip-title')?.textContent === title)!;
    expect(within(card).getByRole('button', { name: 'Worked' }).getAttribute('aria-pressed')).toBe('true');
    expect(card.querySelector('.tip-why')?.textContent).toContain('worked before');
  });

  it('shows and changes the stage from the panel', async () => {
    const sam = await protege('Sam', 'genx');
    const user = renderCoach(sam);
    expect(await screen.findByText(/no stage recorded yet/)).toBeTruthy();
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Change stage' })).getByRole('radio', { name: 'Resistance' }),
    );
    await screen.findByText(/in Resistance\./);
  });
});

describe('Coach tab across protégés', () => {
  it('does not carry one protégé’s "won’t be shown" notice to another', async () => {
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { EMPTY_DRAFT } = await import('../../../utils/popup-items');
    const sam = await protege('Sam', 'genx', 'resistance');
    await protege('Alex', 'genx', 'resistance');
    const user = userEvent.setup();
    render(<App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null }} initialProtegeId={sam.id} />);
    await shownTitles();
    await user.click(within(screen.getAllByRole('article')[0]!).getByRole('button', { name: 'Not a fit' }));
    await screen.findByText(/won’t be shown for Sam/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Protégé' }), 'Alex');
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Coaching for Alex' })).toBeTruthy());
    expect(screen.queryByText(/won’t be shown/)).toBeNull();
  });
});
