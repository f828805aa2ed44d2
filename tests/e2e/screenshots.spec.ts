import { mkdir, readFile } from 'node:fs/promises';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';
import { addSampleProtegeWithNotes, recordSampleStage, SAMPLE_PROTEGE } from './sample-data';

// The README's pictures, redrawn from the real extension on every run so they never go stale.
const DOCS = 'docs';
const SCHEMES = ['light', 'dark'] as const;
const PANEL_TABS = ['Coach', 'Notes', 'Progress', 'Profile'] as const;

test('README screenshots of the popup, each side panel tab and the options page, light and dark', async ({
  context,
  openPage,
}) => {
  // A fixed clock keeps the dates in the pictures, and so the files, the same from run to run.
  await context.clock.setFixedTime(new Date('2026-11-02T10:30:00'));
  await mkdir(DOCS, { recursive: true });
  const popup = await openPage('popup.html', POPUP_SIZE);
  await addSampleProtegeWithNotes(popup);
  await popup.getByRole('textbox', { name: 'Quick note' }).fill('Ask how the first post went');

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await recordSampleStage(panel);
  const options = await openPage('options.html', { width: 900, height: 760 });

  const written: string[] = [];
  for (const colorScheme of SCHEMES) {
    await popup.bringToFront();
    await popup.emulateMedia({ colorScheme });
    await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText(SAMPLE_PROTEGE);
    await popup.screenshot({ path: `${DOCS}/popup-${colorScheme}.png` });
    written.push(`popup-${colorScheme}.png`);

    await panel.bringToFront();
    await panel.emulateMedia({ colorScheme });
    for (const name of PANEL_TABS) {
      await panel.getByRole('tab', { name }).click();
      await expect(panel.getByRole('tabpanel', { name })).toBeVisible();
      const file = `sidepanel-${name.toLowerCase()}-${colorScheme}.png`;
      await panel.screenshot({ path: `${DOCS}/${file}` });
      written.push(file);
    }

    await options.bringToFront();
    await options.emulateMedia({ colorScheme });
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    await options.screenshot({ path: `${DOCS}/options-${colorScheme}.png`, fullPage: true });
    written.push(`options-${colorScheme}.png`);
  }

  // Session mode mid-call: "Pushing back" picked with its number key.
  await panel.bringToFront();
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('tab', { name: 'Coach' }).click();
  await panel.getByRole('button', { name: 'Start session' }).click();
  await panel.getByRole('heading', { name: /Session with/ }).click();
  await panel.keyboard.press('1');
  await expect(panel.getByRole('list', { name: 'Tips for what is happening' })).toBeVisible();
  await panel.getByRole('heading', { name: /Session with/ }).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${DOCS}/sidepanel-session-light.png` });
  expect((await readFile(`${DOCS}/sidepanel-session-light.png`)).length).toBeGreaterThan(1000);

  // Each picture was written, and the dark ones really are drawn in the dark theme.
  for (const file of written.filter((f) => f.endsWith('-light.png'))) {
    const light = await readFile(`${DOCS}/${file}`);
    const dark = await readFile(`${DOCS}/${file.replace('-light.png', '-dark.png')}`);
    expect(light.length, file).toBeGreaterThan(1000);
    expect(dark.equals(light), `${file} looks the same in dark`).toBe(false);
  }
  expect(written).toHaveLength(12);
});
