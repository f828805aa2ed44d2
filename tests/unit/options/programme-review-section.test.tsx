import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { ProgrammeReviewSection } from '../../../entrypoints/options/ProgrammeReviewSection';
import { resetDatabase } from '../db/reset';
import { captureDownloads } from '../failure/capture-downloads';
import { renderPanel } from '../sidepanel/panel';
import { readCsv } from '../utils/csv-reader';
import { dayValue, monthsAgo, PAT_SESSION_MONTHS, seedPatAndSam } from '../review/review-seed';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(cleanup);

/** The pages opened in tabs (the fake browser starts with one blank tab). */
async function openTabs() {
  return (await browser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

/** Exports the CSV and reads it back, row by row, by column name. */
async function exportCsv(user: ReturnType<typeof userEvent.setup>, downloads: { name: string; blob: Blob }[]) {
  const before = downloads.length;
  await user.click(screen.getByRole('button', { name: 'Export CSV for the coordinator' }));
  await waitFor(() => expect(downloads).toHaveLength(before + 1));
  const file = downloads.at(-1)!;
  const text = await file.blob.text();
  const [header = [], ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
  return {
    name: file.name,
    text,
    rows: rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]]))),
  };
}

describe('options: programme review and the coordinator’s CSV', () => {
  it('"Programme review" opens the review page in a tab of its own', async () => {
    const user = userEvent.setup();
    render(<ProgrammeReviewSection />);
    await user.click(screen.getByRole('button', { name: 'Programme review' }));
    await waitFor(async () => expect(await openTabs()).toEqual([browser.runtime.getURL('/review.html')]));
  });

  it('exports every protégé numbered, all time, with no names and no note text unless asked', async () => {
    await seedPatAndSam();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ProgrammeReviewSection />);
    const names = screen.getByRole('checkbox', { name: 'Include names' }) as HTMLInputElement;
    expect(names.checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'All time' }) as HTMLInputElement).checked).toBe(true);

    const numbered = await exportCsv(user, downloads);
    expect(numbered.name).toBe(`mentor-up-programme-${dayValue(monthsAgo(14))}-to-${dayValue(Date.now())}.csv`);
    expect(numbered.text).not.toContain('Private');
    expect(numbered.text).not.toContain('Pat');
    // In the order they were added: Pat first.
    expect(numbered.rows.map((row) => [row['Protégé'], row['Sessions held'], row['Goals met']])).toEqual([
      ['Protégé 1', String(PAT_SESSION_MONTHS.length), '1'],
      ['Protégé 2', '0', '0'],
    ]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^CSV exported: 2 protégés, .*, numbered, without names\.$/,
      ),
    );

    await user.click(names);
    const named = await exportCsv(user, downloads);
    expect(named.rows.map((row) => row['Protégé'])).toEqual(['Pat Lee', 'Sam Ortiz']);
    expect(named.text).not.toContain('Private');
  });

  it('counts over the period chosen', async () => {
    await seedPatAndSam();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ProgrammeReviewSection />);

    await user.click(screen.getByRole('radio', { name: 'Last 3 months' }));
    const recent = await exportCsv(user, downloads);
    expect(recent.rows[0]?.['Sessions held']).toBe(String(PAT_SESSION_MONTHS.filter((month) => month <= 2).length));
    expect(recent.rows[0]?.['To']).toBe(dayValue(Date.now()));

    await user.click(screen.getByRole('radio', { name: 'Custom dates' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await user.clear(from);
    await user.type(from, dayValue(monthsAgo(8, 1)));
    await user.clear(to);
    await user.type(to, dayValue(monthsAgo(8, 28)));
    const month = await exportCsv(user, downloads);
    expect(month.rows[0]?.['Sessions held']).toBe('2');
    expect([month.rows[0]?.['From'], month.rows[0]?.['To']]).toEqual([
      dayValue(monthsAgo(8, 1)),
      dayValue(monthsAgo(8, 28)),
    ]);
  });

  it('refuses dates the wrong way round, and an empty programme, saying why', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ProgrammeReviewSection />);
    await user.click(screen.getByRole('button', { name: 'Export CSV for the coordinator' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no protégés yet/);

    await seedPatAndSam();
    await user.click(screen.getByRole('radio', { name: 'Custom dates' }));
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), dayValue(monthsAgo(1)));
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), dayValue(monthsAgo(3)));
    await user.click(screen.getByRole('button', { name: 'Export CSV for the coordinator' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/first day is after the last day/);
    expect(downloads).toEqual([]);
  });
});

describe('side panel: programme review', () => {
  it('opens the review on the protégé shown', async () => {
    const { pat } = await seedPatAndSam();
    const user = renderPanel(pat);
    await user.click(await screen.findByRole('button', { name: 'Programme review' }));
    await waitFor(async () =>
      expect(await openTabs()).toEqual([`${browser.runtime.getURL('/review.html')}?protege=${pat.id}`]),
    );
  });
});
