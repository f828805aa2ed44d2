import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readCsv } from '../unit/utils/csv-reader';
import { seriousAxeFindings } from './axe';
import { expect, PANEL_SIZE, test } from './fixtures';
import { addCounts, expectedCounts, PAT, ROBIN, SAM, yearOfMentoring, type ExpectedCounts } from './review-seed';

const OPTIONS_SIZE = { width: 900, height: 1000 };
const REVIEW_SIZE = { width: 1100, height: 900 };

/** CSS pixels per millimetre at the 96 dpi print layout uses. */
const PX_PER_MM = 96 / 25.4;
/** The review's `@page` margin on each side. */
const PAGE_MARGIN_MM = 15;
const PAPER = [
  { format: 'A4', widthMm: 210 },
  { format: 'Letter', widthMm: 8.5 * 25.4 },
] as const;

/** The seed goes in as a mentor's own backup would: through the options page's import. */
async function importYearOfMentoring(
  openPage: (file: string, size?: { width: number; height: number }) => Promise<Page>,
) {
  const options = await openPage('options.html', OPTIONS_SIZE);
  await options.getByLabel('Backup file').setInputFiles({
    name: 'year.json',
    mimeType: 'application/json',
    buffer: Buffer.from(yearOfMentoring()),
  });
  await options.getByRole('button', { name: 'Import backup' }).click();
  await options.getByRole('button', { name: 'Confirm import' }).click();
  await expect(options.getByRole('region', { name: 'Backup and export' }).getByRole('status')).toHaveText(
    /^Imported year\.json: /,
  );
  return options;
}

/** The counts a subject's "In numbers" table shows, by row. */
async function expectCounts(subject: Locator, expected: ExpectedCounts) {
  const table = subject.getByRole('table', { name: 'In numbers' });
  for (const [label, value] of Object.entries(expected)) {
    if (label === 'perMonth') continue;
    const row = table
      .getByRole('row')
      .filter({ has: subject.page().getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell'), label).toHaveText(String(value));
  }
  const perMonth = subject.getByRole('table', { name: 'Sessions held per month' }).locator('tbody td');
  await expect(perMonth).toHaveText(expected.perMonth.map(String));
}

test('the review of a seeded year shows the counts it implies, for one protégé, for all and per period', async ({
  openPage,
}) => {
  const options = await importYearOfMentoring(openPage);
  const [review] = await Promise.all([
    options.context().waitForEvent('page'),
    options.getByRole('button', { name: 'Programme review' }).click(),
  ]);
  await review.setViewportSize(REVIEW_SIZE);
  await expect(review.getByRole('heading', { level: 1, name: 'Programme review' })).toBeVisible();
  await expect(review.getByRole('combobox', { name: 'Protégé' })).toHaveValue('');
  await expect(review.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();

  const pat = expectedCounts(PAT, -11);
  const sam = expectedCounts(SAM, -11);
  const robin = expectedCounts(ROBIN, -11);
  const all = review.getByRole('region', { name: 'All protégés' });
  await expectCounts(all, addCounts([pat, sam, robin]));
  await expect(all.getByRole('table', { name: 'Stage at the start and at the end' }).getByRole('row')).toHaveCount(4);
  await expect(all).toContainText(
    '14 sessions were held with 3 protégés in the last 12 months; 2 of them met at least once.',
  );

  const patPart = review.getByRole('region', { name: PAT.name });
  await expectCounts(patPart, pat);
  await expect(patPart).toContainText('Pat Lee met 11 times in the last 12 months (in 10 of the 12 months).');
  await expect(patPart).toContainText('3 of 4 goals were met; 1 is still open. 4 new goals were set.');
  await expect(patPart).toContainText(
    'Seen most often: Pushing back (3 times), Tech trouble on the call (twice) and Gone quiet (once).',
  );
  const stages = patPart.getByRole('table', { name: 'Stage over time' }).locator('tbody td:nth-child(2)');
  await expect(stages).toHaveText(['Denial', 'Resistance', 'Acceptance', 'Resistance', 'Acceptance']);
  await expectCounts(review.getByRole('region', { name: SAM.name }), sam);
  // Nothing of Robin's is in the period: named, not drawn.
  await expect(review.getByRole('region', { name: ROBIN.name })).toHaveCount(0);
  await expect(review.getByText(`Nothing was recorded in this period for ${ROBIN.name}.`)).toBeVisible();
  // Every chart has its table.
  await expect(review.locator('svg.review-chart')).toHaveCount(5);
  await expect(review.locator('.chart-and-table table caption')).toHaveCount(5);

  await review.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: PAT.name });
  await review.getByRole('radio', { name: 'Last 3 months' }).check();
  const patOnly = review.getByRole('region', { name: PAT.name });
  await expectCounts(patOnly, expectedCounts(PAT, -2));
  await expect(review.getByRole('region', { name: 'All protégés' })).toHaveCount(0);

  // Dates of one's own: the month three months back, alone.
  await review.getByRole('radio', { name: 'Custom dates' }).check();
  const now = new Date();
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await review.getByLabel('From', { exact: true }).fill(day(new Date(now.getFullYear(), now.getMonth() - 3, 1)));
  await review.getByLabel('To', { exact: true }).fill(day(new Date(now.getFullYear(), now.getMonth() - 2, 0)));
  await expect(
    patOnly.getByRole('table', { name: 'In numbers' }).getByRole('row', { name: 'Sessions held' }).getByRole('cell'),
  ).toHaveText(String(PAT.sessions.filter((month) => month === -3).length));
  await expect(patOnly.getByRole('table', { name: 'Sessions held per month' }).locator('tbody tr')).toHaveCount(1);

  // The choice is kept in the address: a reload shows the same review.
  await review.reload();
  await expect(review.getByRole('combobox', { name: 'Protégé' })).toHaveValue(/.+/);
  await expect(review.getByRole('radio', { name: 'Custom dates' })).toBeChecked();
  await expect(
    review
      .getByRole('region', { name: PAT.name })
      .getByRole('table', { name: 'Sessions held per month' })
      .locator('tbody tr'),
  ).toHaveCount(1);

  // The coordinator's CSV for the same data: numbered, no note text.
  await options.bringToFront();
  await options.getByRole('radio', { name: 'Last 12 months' }).check();
  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export CSV for the coordinator' }).click(),
  ]);
  const text = await readFile(await csv.path(), 'utf8');
  expect(text).not.toContain('Private');
  expect(text).not.toContain(PAT.name);
  const rows = readCsv(text.replace(/^\uFEFF/, ''));
  const header = rows[0]!;
  const column = (name: string) => header.indexOf(name);
  const byLabel = new Map(rows.slice(1).map((row) => [row[0], row]));
  // Numbered in the order they were added: Robin, then Pat, then Sam.
  expect([...byLabel.keys()]).toEqual(['Protégé 1', 'Protégé 2', 'Protégé 3']);
  expect(byLabel.get('Protégé 2')![column('Sessions held')]).toBe(String(pat['Sessions held']));
  expect(byLabel.get('Protégé 3')![column('Sessions held')]).toBe(String(sam['Sessions held']));
  expect(byLabel.get('Protégé 2')![column('Goals met')]).toBe(String(pat['Goals met']));
});

test('the side panel opens the review on its protégé', async ({ openPage, context }) => {
  await importYearOfMentoring(openPage);
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: SAM.name });
  const [review] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Programme review' }).click(),
  ]);
  await expect(review.getByRole('combobox', { name: 'Protégé' })).toHaveText(/Sam Ortiz/);
  await expect(review.getByRole('region', { name: SAM.name })).toBeVisible();
  await expect(review.getByRole('region', { name: 'All protégés' })).toHaveCount(0);
});

test('axe finds nothing serious on the review, light and dark, and with nothing to review', async ({ openPage }) => {
  const empty = await openPage('review.html', REVIEW_SIZE);
  await expect(empty.getByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await empty.emulateMedia({ colorScheme });
    const findings = await seriousAxeFindings(empty);
    expect(findings, `empty review (${colorScheme}): ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }

  await importYearOfMentoring(openPage);
  const review = await openPage('review.html', REVIEW_SIZE);
  await expect(review.getByRole('region', { name: PAT.name })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await review.emulateMedia({ colorScheme });
    const findings = await seriousAxeFindings(review);
    expect(findings, `review (${colorScheme}): ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }
  // The same with the theme chosen in the options page rather than by the system.
  const options = await openPage('options.html', OPTIONS_SIZE);
  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect(review.locator('html')).toHaveAttribute('data-theme', 'dark');
  const findings = await seriousAxeFindings(review);
  expect(findings, `review (dark theme chosen): ${JSON.stringify(findings, null, 2)}`).toEqual([]);
});

test('printed, the review fits A4 and Letter: no controls, no chart cut, a page per protégé', async ({ openPage }) => {
  await importYearOfMentoring(openPage);
  const review = await openPage('review.html', REVIEW_SIZE);
  await expect(review.getByRole('region', { name: PAT.name })).toBeVisible();
  await review.emulateMedia({ media: 'print' });
  await expect(review.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(review.getByRole('radiogroup', { name: 'Period' })).toBeHidden();
  // All protégés, then Pat, then Sam: each after the first starts a page.
  const breaks = await review
    .locator('.review-subject')
    .evaluateAll((subjects) => subjects.map((subject) => getComputedStyle(subject).breakBefore));
  expect(breaks).toEqual(['auto', 'page', 'page']);

  for (const paper of PAPER) {
    // The printable width, laid out as the print does it.
    const printable = Math.floor((paper.widthMm - 2 * PAGE_MARGIN_MM) * PX_PER_MM);
    await review.setViewportSize({ width: printable, height: 1000 });
    const charts = await review.locator('svg.review-chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        // A chart is cut if something around it hides what overflows it.
        let clipped = false;
        for (let parent = svg.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX !== 'visible' && parent.scrollWidth > parent.clientWidth) clipped = true;
        }
        return { left: box.left, right: box.right, width: box.width, clipped };
      }),
    );
    expect(charts.length).toBe(5);
    for (const chart of charts) {
      expect(chart.left, paper.format).toBeGreaterThanOrEqual(0);
      expect(chart.right, paper.format).toBeLessThanOrEqual(printable);
      expect(chart.width, paper.format).toBeGreaterThan(printable / 3);
      expect(chart.clipped, paper.format).toBe(false);
    }
    expect(await review.evaluate(() => document.documentElement.scrollWidth), paper.format).toBeLessThanOrEqual(
      printable,
    );

    const pdf = (await review.pdf({ format: paper.format, printBackground: true })).toString('latin1');
    expect(pdf.startsWith('%PDF-'), paper.format).toBe(true);
    // All protégés, Pat and Sam, each from a page of its own.
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length, paper.format).toBeGreaterThanOrEqual(3);
  }
});
