import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../../content/situations';
import { STAGE_SIGNS } from '../../../content/stage-signs';
import { TIPS } from '../../../content/library';
import { listSessionSituations } from '../../../db/notes';
import { startSession } from '../../../db/sessions';
import { recordStage, stageHistory } from '../../../db/stage-events';
import type { Protege, Session } from '../../../db/types';
import { renderPanel, withPat } from './panel';

configure({ asyncUtilTimeout: 5000 });

const currentPat = withPat();
let pat: Protege;
beforeEach(() => {
  pat = currentPat();
});
const renderPat = () => renderPanel(pat);

const tipTitles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading')
    .map((h) => h.textContent);
const situationTips = (id: string) =>
  new Set(TIPS.filter((t) => t.situations?.includes(id as never)).map((t) => t.title));

describe('"What\'s happening?" in the Coach tab', () => {
  it('puts the tips for the chosen situation first, and lets go of it when pressed again', async () => {
    await recordStage(pat.id, 'denial');
    const user = renderPat();
    const group = await screen.findByRole('group', { name: 'What’s happening?' });
    const before = tipTitles(screen.getByRole('list', { name: 'Tips' }));

    await user.click(within(group).getByRole('button', { name: 'Pushing back' }));
    expect(within(group).getByRole('button', { name: 'Pushing back' }).getAttribute('aria-pressed')).toBe('true');
    const during = tipTitles(screen.getByRole('list', { name: 'Tips' }));
    expect(during).not.toEqual(before);
    const fitting = situationTips('pushing-back');
    expect(during.every((title) => fitting.has(title ?? ''))).toBe(true);

    await user.click(within(group).getByRole('button', { name: 'Pushing back' }));
    expect(tipTitles(screen.getByRole('list', { name: 'Tips' }))).toEqual(before);
  });
});

describe('"What\'s happening?" in session mode', () => {
  let session: Session;
  beforeEach(async () => {
    session = await startSession(pat.id);
  });

  it('logs the moment in the session notes, with an undo', async () => {
    const user = renderPat();
    const group = await screen.findByRole('group', { name: 'What’s happening?' });
    await user.click(within(group).getByRole('button', { name: /Gone quiet/ }));
    await waitFor(async () =>
      expect((await listSessionSituations(session.id)).map((n) => n.situation)).toEqual(['going-quiet']),
    );
    expect(await screen.findByText(/Observed: Gone quiet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listSessionSituations(session.id)).toEqual([]));
  });

  it('suggests the stage a situation signals only when it differs, and records it only on its button', async () => {
    await recordStage(pat.id, 'denial', undefined, Date.now() - 60_000);
    const user = renderPat();
    const group = await screen.findByRole('group', { name: 'What’s happening?' });
    await user.click(within(group).getByRole('button', { name: /Pushing back/ }));
    const record = await screen.findByRole('button', { name: 'Record resistance' });
    expect(screen.getByText(/Looks like resistance — record it\?/)).toBeTruthy();
    expect((await stageHistory(pat.id)).map((e) => e.stage)).toEqual(['denial']);

    await user.click(record);
    await waitFor(async () =>
      expect((await stageHistory(pat.id)).map((e) => e.stage)).toEqual(['denial', 'resistance']),
    );
    expect((await stageHistory(pat.id))[1]?.evidence).toBe('Observed: Pushing back');

    // Now in resistance: pushing back again suggests nothing.
    await user.click(within(group).getByRole('button', { name: /Pushing back/ }));
    await user.click(within(group).getByRole('button', { name: /Pushing back/ }));
    await waitFor(async () => expect(await listSessionSituations(session.id)).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Record / })).toBeNull();
  });

  it('picks the first nine with the number keys, but not while typing', async () => {
    const user = renderPat();
    await screen.findByRole('group', { name: 'What’s happening?' });
    const sessionNote = await screen.findByRole('textbox', { name: 'Session note' });
    await user.type(sessionNote, '3 things');
    expect(sessionNote).toHaveProperty('value', '3 things');
    expect(await listSessionSituations(session.id)).toEqual([]);

    await user.click(screen.getByRole('heading', { name: /Session with Pat/ }));
    await user.keyboard('1');
    await waitFor(async () =>
      expect((await listSessionSituations(session.id)).map((n) => n.situation)).toEqual([SITUATIONS[0]!.id]),
    );
    expect(screen.getByRole('button', { name: /Pushing back/ }).getAttribute('aria-keyshortcuts')).toBe('1');
  });
});

it('shows signs of each stage beside the stage control, so denial, resistance and acceptance can be told apart', async () => {
  const user = renderPat();
  const signs = await screen.findByText('Signs of each stage');
  await user.click(signs);
  const list = signs.closest('details')!;
  expect(list.open).toBe(true);
  for (const [stage, label] of [
    ['denial', 'Denial'],
    ['resistance', 'Resistance'],
    ['acceptance', 'Acceptance'],
  ] as const) {
    const term = within(list).getByText(label, { selector: 'dt' });
    const shown = [...term.parentElement!.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(shown).toEqual(STAGE_SIGNS[stage]);
    expect(shown.length).toBeGreaterThanOrEqual(2);
  }
});

describe('N jumps to the note box from anywhere in the panel', () => {
  it('opens the Notes tab at its box when no session runs', async () => {
    const user = renderPat();
    await user.click(await screen.findByRole('heading', { name: 'Coaching for Pat' }));
    await user.keyboard('n');
    const box = await screen.findByRole('textbox', { name: 'New note' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    expect(box).toHaveProperty('value', '');
  });

  it('goes to the session note during a session, and types nothing there', async () => {
    await startSession(pat.id);
    const user = renderPat();
    await user.click(await screen.findByRole('heading', { name: /Session with Pat/ }));
    await user.keyboard('n');
    const box = screen.getByRole('textbox', { name: 'Session note' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box).toHaveProperty('value', '');
  });
});
