import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../../entrypoints/review/App';
import { readReviewChoice, reviewSearch, type ReviewChoice } from '../../../entrypoints/review/review-url';
import type { PeriodKind } from '../../../utils/review-period';
import { resetDatabase } from '../db/reset';
import { dayValue, monthsAgo, PAT_SESSION_MONTHS, seedPatAndSam } from './review-seed';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  history.replaceState(null, '', '/review.html');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderReview(protegeId = '', kind: PeriodKind = 'last-12-months') {
  const user = userEvent.setup();
  render(<App initial={{ protegeId, period: { kind, from: '', to: '' } }} />);
  return user;
}

/** The number a subject's "In numbers" table gives for a row. */
function count(subject: HTMLElement, row: string): string | null | undefined {
  const table = within(subject).getByRole('table', { name: 'In numbers' });
  const header = within(table).getByRole('rowheader', { name: row });
  return header.closest('tr')?.querySelector('td')?.textContent;
}

function sessionsPerMonth(subject: HTMLElement): string[] {
  const table = within(subject).getByRole('table', { name: 'Sessions held per month' });
  return [...table.querySelectorAll('tbody td')].map((cell) => cell.textContent ?? '');
}

/** Sessions the seed holds in months `from`..0 back, oldest first. */
function expectedPerMonth(from: number): string[] {
  return Array.from({ length: from + 1 }, (_, i) =>
    String(PAT_SESSION_MONTHS.filter((month) => month === from - i).length),
  );
}

describe('programme review page', () => {
  it('shows the counts the records imply, for all protégés and for each, over the last 12 months', async () => {
    await seedPatAndSam();
    renderReview();
    const all = await screen.findByRole('region', { name: 'All protégés' });
    const pat = screen.getByRole('region', { name: 'Pat Lee' });
    for (const subject of [all, pat]) {
      expect(count(subject, 'Sessions held')).toBe('4');
      expect(count(subject, 'Goals set')).toBe('2');
      expect(count(subject, 'Goals met')).toBe('1');
      expect(count(subject, 'Goals still open at the end')).toBe('1');
      expect(count(subject, 'Action items agreed')).toBe('2');
      expect(count(subject, 'Action items done')).toBe('1');
      expect(count(subject, 'Thanks given')).toBe('1');
      expect(count(subject, 'Thanks received')).toBe('1');
      expect(count(subject, 'Stage moves forward')).toBe('2');
      expect(count(subject, 'Stage moves back')).toBe('0');
      expect(sessionsPerMonth(subject)).toEqual(expectedPerMonth(11));
      const situations = within(subject).getByRole('table', { name: 'Situations seen most' });
      expect([...situations.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
        'Pushing back2',
        'Gone quiet1',
      ]);
    }
    expect(
      within(pat).getByText(/^Pat Lee met 4 times in the last 12 months \(in 3 of the 12 months\)\./),
    ).toBeTruthy();
    expect(within(pat).getByText(/Pat Lee moved on from Denial to Acceptance|first placed in Denial/)).toBeTruthy();
    // Sam has nothing in the period: named, not drawn.
    expect(screen.queryByRole('region', { name: 'Sam Ortiz' })).toBeNull();
    expect(screen.getByText('Nothing was recorded in this period for Sam Ortiz.')).toBeTruthy();
    // No note, goal, agenda or evidence text is shown.
    expect(document.body.textContent).not.toContain('Private');
  });

  it('gives every chart a table of its data, and draws the stages with a marker shape each', async () => {
    await seedPatAndSam();
    renderReview();
    const pat = await screen.findByRole('region', { name: 'Pat Lee' });
    for (const name of ['Sessions held per month', 'Stage over time']) {
      const part = within(pat).getByRole('region', { name });
      const chart = part.querySelector('svg');
      expect(chart?.getAttribute('aria-hidden'), name).toBe('true');
      const table = within(part).getByRole('table', { name });
      expect(table.querySelector('caption')?.textContent).toBe(name);
    }
    const stages = within(within(pat).getByRole('region', { name: 'Stage over time' })).getByRole('table');
    expect([...stages.querySelectorAll('tbody tr')].map((row) => row.querySelector('td')?.textContent)).toEqual([
      'Denial',
      'Resistance',
      'Acceptance',
    ]);
    expect(stages.textContent).toContain('Moved on from Resistance');
    // The chart's rows are labelled by name, and each stage has its own shape.
    const drawing = within(pat).getByRole('region', { name: 'Stage over time' }).querySelector('svg')!;
    expect([...drawing.querySelectorAll('text')].map((text) => text.textContent)).toEqual(
      expect.arrayContaining(['Denial', 'Resistance', 'Acceptance']),
    );
    const shapes = new Set([...drawing.querySelectorAll('.marker')].map((marker) => marker.tagName.toLowerCase()));
    expect(shapes).toEqual(new Set(['rect', 'path', 'circle']));
  });

  it('follows the protégé and period chosen, and keeps the choice in the address', async () => {
    const { pat } = await seedPatAndSam();
    const user = renderReview();
    await screen.findByRole('region', { name: 'All protégés' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Protégé' }), pat.id);
    expect(screen.queryByRole('region', { name: 'All protégés' })).toBeNull();
    const subject = () => screen.getByRole('region', { name: 'Pat Lee' });

    await user.click(screen.getByRole('radio', { name: 'Last 3 months' }));
    expect(count(subject(), 'Sessions held')).toBe('1');
    expect(sessionsPerMonth(subject())).toEqual(expectedPerMonth(2));
    expect(readReviewChoice(location.search)).toEqual({
      protegeId: pat.id,
      period: { kind: 'last-3-months', from: '', to: '' },
    });

    await user.click(screen.getByRole('radio', { name: 'All time' }));
    expect(count(subject(), 'Sessions held')).toBe(String(PAT_SESSION_MONTHS.length));

    // Dates of one's own start from the period shown; here, the month eight back alone.
    await user.click(screen.getByRole('radio', { name: 'Custom dates' }));
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(from.value).not.toBe('');
    const first = new Date(monthsAgo(8, 1));
    await user.clear(from);
    await user.type(from, dayValue(first.getTime()));
    await user.clear(to);
    await user.type(to, dayValue(new Date(first.getFullYear(), first.getMonth() + 1, 0).getTime()));
    expect(count(subject(), 'Sessions held')).toBe('2');
    expect(sessionsPerMonth(subject())).toEqual(['2']);

    await user.clear(from);
    await user.type(from, dayValue(monthsAgo(1)));
    expect(screen.getByRole('alert').textContent).toMatch(/first day is after the last day/);
    expect(screen.queryByRole('region', { name: 'Pat Lee' })).toBeNull();
  });

  it('opens on the protégé the address names', async () => {
    const { pat } = await seedPatAndSam();
    renderReview(pat.id, 'last-3-months');
    expect(await screen.findByRole('region', { name: 'Pat Lee' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Protégé' }) as HTMLSelectElement).value).toBe(pat.id);
    expect((screen.getByRole('radio', { name: 'Last 3 months' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says there is nothing to review yet when there are no protégés', async () => {
    renderReview();
    expect(await screen.findByRole('heading', { name: 'Nothing to review yet' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Protégé' })).toBeNull();
  });

  it('says so when a protégé has nothing in the period, without charts', async () => {
    const { sam } = await seedPatAndSam();
    renderReview(sam.id);
    const region = await screen.findByRole('region', { name: 'Sam Ortiz' });
    expect(region.textContent).toContain('Nothing was recorded for Sam Ortiz in the last 12 months');
    expect(region.querySelector('svg')).toBeNull();
    expect(within(region).queryByRole('table')).toBeNull();
  });

  it('prints through the browser', async () => {
    await seedPatAndSam();
    // happy-dom has no print dialog: the page's call is what is checked.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const user = renderReview();
    await screen.findByRole('region', { name: 'All protégés' });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('the review’s address', () => {
  it.each([
    ['', { protegeId: '', period: { kind: 'last-12-months', from: '', to: '' } }],
    ['?protege=abc&period=this-year', { protegeId: 'abc', period: { kind: 'this-year', from: '', to: '' } }],
    [
      '?period=custom&from=2027-01-01&to=2027-03-31',
      { protegeId: '', period: { kind: 'custom', from: '2027-01-01', to: '2027-03-31' } },
    ],
    ['?period=forever', { protegeId: '', period: { kind: 'last-12-months', from: '', to: '' } }],
    ['?period=custom&from=yesterday&to=2027-3-1', { protegeId: '', period: { kind: 'custom', from: '', to: '' } }],
  ] satisfies [string, ReviewChoice][])('%s', (search, choice) => {
    expect(readReviewChoice(search)).toEqual(choice);
  });

  it.each([
    { protegeId: '', period: { kind: 'all-time', from: '', to: '' } },
    { protegeId: 'pat', period: { kind: 'custom', from: '2027-01-01', to: '2027-02-01' } },
  ] satisfies ReviewChoice[])('reads back what it writes: %j', (choice) => {
    expect(readReviewChoice(reviewSearch(choice))).toEqual(choice);
  });
});
