import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { installProbes } from './page-probes.mjs';
import { chromiumExtensionArgs } from '../tests/chromium-flags.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The extension id of each loaded build, in the order given. */
async function idsInOrder(context, extensions) {
  const hosts = () => new Set(context.serviceWorkers().map((worker) => new URL(worker.url()).host));
  while (hosts().size < extensions.length) await context.waitForEvent('serviceworker');
  const ids = [...hosts()];
  if (extensions.length === 1) return ids;
  // Unpacked extensions get ids from their paths; tell builds apart by their pages.
  const PAGES = ['popup.html', 'sidepanel.html', 'options.html'];
  const page = await context.newPage();
  const byPages = new Map();
  for (const id of ids) {
    await page.goto(`chrome-extension://${id}/bench-blank.html`);
    const texts = await page.evaluate(
      (files) => Promise.all(files.map((f) => fetch(`/${f}`).then((r) => r.text()))),
      PAGES,
    );
    byPages.set(texts.join('\n'), id);
  }
  await page.close();
  return extensions.map((dir) => {
    const id = byPages.get(PAGES.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n'));
    if (!id) throw new Error(`Could not tell which loaded extension is ${dir}: are the two builds identical?`);
    return id;
  });
}

/**
 * Real Chromium with the given bench builds loaded, and the timing probes in every page.
 * @param {string[]} extensions built extension folders
 */
export async function launch(extensions) {
  for (const dir of extensions) {
    if (!existsSync(path.join(dir, 'bench-blank.html'))) {
      throw new Error(`No bench build in ${dir}: run \`npx wxt build -b bench\` first (npm run bench does).`);
    }
  }
  const list = extensions.join(',');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'mentor-up-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumExtensionArgs(list),
  });
  await context.addInitScript(installProbes);
  const extensionIds = await idsInOrder(context, extensions);
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionIds, close };
}

/**
 * Opens an extension page in a new tab and waits for one of its probe marks.
 * @returns {Promise<{ page: import('playwright-core').Page, marks: Record<string, number>, errors: string[] }>}
 */
export async function openPage(context, extensionId, file, size, mark) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${file}: ${error.message}`));
  await page.bringToFront();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  if (mark) await page.waitForFunction((name) => window.__bench?.marks[name] !== undefined, mark, { timeout: 20_000 });
  const marks = await page.evaluate(() => ({ ...window.__bench.marks }));
  return { page, marks, errors };
}
