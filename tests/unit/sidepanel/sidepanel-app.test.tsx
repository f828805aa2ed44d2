import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProtege, saveQuickNote } from '../db/seed';
import { stageHistory } from '../../../db/stage-events';
import { App } from '../../../entrypoints/sidepanel/App';
import { lastProtegeId } from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

function renderPanel(initialProtegeId?: string) {
  const user = userEvent.setup();
  render(
    <App drafts={{ note: EMPTY_DRAFT, session: EMPTY_DRAFT, wrapUp: null }} initialProtegeId={initialProtegeId} />,
  );
  return user;
}

describe('side panel', () => {
  it('starts with an add-protégé form, then shows the four tabs for the new protégé', async () => {
    const user = renderPanel();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Robin');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Generation' }), 'silent');
    await user.click(screen.getByRole('button', { name: 'Add protégé' }));
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Coach', 'Notes', 'Progress', 'Profile']);
    expect(screen.getByRole('tab', { name: 'Coach' }).getAttribute('aria-selected')).toBe('true');
    const picker = screen.getByRole('combobox', { name: 'Protégé' });
    await waitFor(async () => expect(picker).toHaveProperty('value', await lastProtegeId.getValue()));
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    await addProtege({ name: 'Robin', generation: 'silent' });
    const user = renderPanel();
    const coach = await screen.findByRole('tab', { name: 'Coach' });
    coach.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Notes' }));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: 'Notes' }).id,
    );
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Coach' }));
    await user.keyboard('{ArrowLeft}{Home}');
    expect(screen.getByRole('tab', { name: 'Coach' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('lists the chosen protégé’s notes newest first and shows a note saved elsewhere at once', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const sam = await addProtege({ name: 'Sam', generation: 'genx' });
    await saveQuickNote({ protegeId: pat.id, kind: 'note', text: 'older' }, 1);
    await saveQuickNote({ protegeId: sam.id, kind: 'note', text: 'not Pat’s' }, 2);
    await saveQuickNote({ protegeId: pat.id, kind: 'action', text: 'newer' }, 3);
    const user = renderPanel(pat.id);
    await user.click(await screen.findByRole('tab', { name: 'Notes' }));
    const list = await screen.findByRole('list', { name: 'Notes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.note-text')?.textContent),
    ).toEqual(['newer', 'older']);

    await saveQuickNote({ protegeId: pat.id, kind: 'talking-point', text: 'newest, from the popup' });
    await within(list).findByText('newest, from the popup');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('renders note text as text, never as markup', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const hostile = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script>';
    await saveQuickNote({ protegeId: pat.id, kind: 'note', text: hostile });
    const user = renderPanel(pat.id);
    await user.click(await screen.findByRole('tab', { name: 'Notes' }));
    const text = await screen.findByText(hostile);
    expect(text.children).toHaveLength(0);
    expect(document.querySelector('.notes img, .notes script')).toBeNull();
  });

  it('records a stage change with its evidence from the "Change stage" radio group', async () => {
    const pat = await addProtege({ name: 'Pat', generation: 'boomer' });
    const user = renderPanel(pat.id);
    await user.click(await screen.findByRole('tab', { name: 'Progress' }));
    const group = await screen.findByRole('radiogroup', { name: 'Change stage' });
    await user.type(screen.getByRole('textbox', { name: /What did you notice/ }), 'Asked for a second demo');
    await user.click(within(group).getByRole('radio', { name: 'Resistance' }));
    await screen.findByText(/Asked for a second demo/);
    expect(within(group).getByRole('radio', { name: 'Resistance' })).toHaveProperty('checked', true);
    expect((await stageHistory(pat.id)).map((e) => [e.stage, e.evidence])).toEqual([
      ['resistance', 'Asked for a second demo'],
    ]);
  });
});
