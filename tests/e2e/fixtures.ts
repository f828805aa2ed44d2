import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumExtensionArgs } from '../chromium-flags.mjs';

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) in a tab. */
  openPage: (file: string, size?: { width: number; height: number }) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  // oxlint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: it must be one, even empty.
  context: async ({}, use) => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumExtensionArgs(CHROME_BUILD),
    });
    await use(context);
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (file, size = { width: 400, height: 640 }) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      await page.bringToFront();
      page.on('close', () => {
        if (errors.length) throw new Error(`${file} threw: ${errors.join('; ')}`);
      });
      return page;
    });
  },
});

export const expect = test.expect;

export const POPUP_SIZE = { width: 360, height: 520 };
export const PANEL_SIZE = { width: 420, height: 720 };

/**
 * Chromium with the built extension on a profile the test keeps (to start it again on the same
 * profile, or to read the profile's files). Close `context` when done.
 */
export async function launchWithProfile(userDataDir: string) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumExtensionArgs(CHROME_BUILD),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const open = async (file: string, size: { width: number; height: number }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await page.bringToFront();
    return page;
  };
  return { context, worker, extensionId, open };
}
