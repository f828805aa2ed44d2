import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumExtensionArgs } from '../chromium-flags.mjs';

const CHROME_BUILD = path.resolve('.output/chrome-mv3');
const ITERATIONS = Number(process.env.STRESS_ITERATIONS ?? 20);

/**
 * A new mentor's first minute, in a fresh browser profile each time: add a protégé in the
 * popup, type a note at once, close the popup, open the side panel. The protégé must be there.
 */
async function firstRun(iteration: number, waitForPicker: boolean) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-stress-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumExtensionArgs(CHROME_BUILD),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const popup = await context.newPage();
    await popup.goto(`${base}/popup.html`);
    const name = `Pat ${iteration}`;
    await popup.getByRole('textbox', { name: 'Name' }).fill(name);
    await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
    await popup.getByRole('button', { name: 'Add protégé' }).click();
    if (waitForPicker) await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText(name);
    if (process.env.STRESS_TYPE !== '0')
      await popup.getByRole('textbox', { name: 'Quick note' }).fill('Wants LinkedIn basics');
    await popup.close();

    const panel = await context.newPage();
    await panel.goto(`${base}/sidepanel.html`);
    const found = await Promise.race([
      panel
        .getByRole('combobox', { name: 'Protégé' })
        .filter({ hasText: name })
        .waitFor()
        .then(() => 'protégé' as const),
      panel
        .getByRole('heading', { name: 'Add your first protégé' })
        .waitFor()
        .then(() => 'first run' as const),
    ]);
    const snapshot = await panel.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return (await storage.local.get('pickerSnapshot')).pickerSnapshot;
    });
    return { found, snapshot };
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

for (const waitForPicker of [true, false]) {
  test(`${ITERATIONS} fresh profiles: a protégé added in the popup ${waitForPicker ? 'and shown' : 'and the popup closed at once'} is in the side panel`, async () => {
    // Each run starts a browser: on a busy machine that can take several seconds.
    test.setTimeout(ITERATIONS * 15_000);
    const failures: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const { found, snapshot } = await firstRun(i, waitForPicker);
      if (found !== 'protégé')
        failures.push(`run ${i}: the side panel showed the first-run form; snapshot ${JSON.stringify(snapshot)}`);
    }
    console.log(`${ITERATIONS - failures.length}/${ITERATIONS} runs kept the protégé`);
    expect(failures).toEqual([]);
  });
}
