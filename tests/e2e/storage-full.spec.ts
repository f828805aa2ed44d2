import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumExtensionArgs } from '../chromium-flags.mjs';
import { POPUP_PRIVATE } from '../../utils/popup-items';
import { CHROME_BUILD, CHROMIUM, expect, PANEL_SIZE, POPUP_SIZE, test as base } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

/*
 * The store really runs out of space here; no error is thrown on the extension's behalf.
 *
 * Why not a quota: Mentor Up asks for `unlimitedStorage`, and Chromium does not hold such an
 * extension to a quota. CDP's Storage.overrideQuotaForOrigin on chrome-extension://<id>
 * changes what navigator.storage.estimate() reports (checked in Chromium 156: a 5 MB quota
 * was reported), but IndexedDB went on to store 160 MB past it. For this extension the only
 * real limit is the disk, so the browser profile gets a disk of its own, a small tmpfs, and
 * the test fills it with a file.
 *
 * What Chromium then does, as this test meets it: a write fails as an aborted transaction
 * (its cause, "IO error … FILE_ERROR_NO_SPACE", closes the connection), and reopening fails
 * with "Internal error opening backing store" until room is made; never QuotaExceededError.
 * estimate() shows no room left (its quota is the usage plus the free disk), which is how the
 * page tells a full disk from other trouble.
 *
 * Mounting needs root, as CI runs; elsewhere the test is skipped and says why.
 */

interface SmallDisk {
  /** Fills every byte left on the profile's disk. */
  fill(): void;
  /** Deletes what `fill` wrote. */
  free(): void;
  profile: string;
}

function mountSmallDisk(): { dir: string } | { reason: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mentor-up-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `a small disk for the profile could not be mounted: ${String(error).split('\n')[0]}` };
  }
}

const test = base.extend<{ disk: SmallDisk }>({
  // oxlint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: it must be one, even empty.
  disk: async ({}, use) => {
    const mounted = mountSmallDisk();
    if ('reason' in mounted) return test.skip(true, mounted.reason);
    const ballast = path.join(mounted.dir, 'ballast');
    await use({
      profile: path.join(mounted.dir, 'profile'),
      fill() {
        const fd = openSync(ballast, 'a');
        try {
          // Large pieces first, then smaller ones, down to the last free byte.
          for (const size of [1 << 20, 4096, 1]) {
            const piece = Buffer.alloc(size, 1);
            try {
              for (;;) writeSync(fd, piece);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
            }
          }
        } finally {
          closeSync(fd);
        }
      },
      free: () => rmSync(ballast, { force: true }),
    });
    // Lazily: the browser's last processes may still be letting go of their files.
    execFileSync('umount', ['--lazy', mounted.dir]);
    rmSync(mounted.dir, { recursive: true, force: true });
  },
  context: async ({ disk }, use) => {
    const context = await chromium.launchPersistentContext(disk.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumExtensionArgs(CHROME_BUILD),
    });
    await use(context);
    await context.close();
  },
});

const storedDraft = (page: Page) =>
  page.evaluate(async (key) => {
    const { storage } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    return (await storage.local.get(key))[key];
  }, POPUP_PRIVATE.draft.key);

test('a full disk: the quick note says so with what to do, keeps the text, and saves once there is room', async ({
  openPage,
  disk,
}) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await popup.getByRole('textbox', { name: 'Name' }).fill('Pat Lee');
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText('Pat Lee');

  const text = 'Pat asked how to mute a Teams channel without missing mentions.';
  const box = popup.getByRole('textbox', { name: 'Quick note' });
  await box.fill(text);
  await expect.poll(() => storedDraft(popup)).toMatchObject({ text, kind: 'note' });

  disk.fill();
  const save = popup.getByRole('button', { name: 'Save note' });
  const full = popup.getByRole('alert').filter({ hasText: 'run out of space' });
  // The first try meets the failed write, the second the store that will not reopen: both are named.
  for (let attempt = 0; attempt < 2; attempt++) {
    await save.click();
    await expect(full).toBeVisible();
    await expect(full).toContainText('Free some disk space');
    await expect(full).toContainText('export a backup');
    await expect(full).toContainText('Your note is kept here.');
    await expect(box).toHaveValue(text);
    await expect(popup.getByRole('status')).not.toHaveText('Saved');
  }
  expect(await storedDraft(popup)).toMatchObject({ text, kind: 'note' });

  disk.free();
  await save.click();
  await expect(popup.getByRole('status')).toHaveText('Saved');
  await expect(full).toHaveCount(0);
  await expect(box).toHaveValue('');
  await expect.poll(() => storedDraft(popup)).toMatchObject({ text: '', kind: 'note' });

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([new RegExp(text)]);
});

test('a full disk: a profile field says so, keeps the text, and saves it once there is room', async ({
  openPage,
  disk,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
  await panel.getByRole('tab', { name: 'Profile' }).click();
  const field = panel.getByRole('textbox', { name: 'Preferences' });

  disk.fill();
  const text = 'Likes written steps';
  await field.fill(text);
  await panel.keyboard.press('Tab');
  const full = panel.getByRole('alert').filter({ hasText: 'run out of space' });
  await expect(full).toBeVisible();
  await expect(full).toContainText('Free some disk space');
  await expect(field).toHaveValue(text);

  disk.free();
  await field.press('End');
  await panel.keyboard.type(', and a call first');
  await panel.keyboard.press('Tab');
  await expect(full).toHaveCount(0);
  await panel.reload();
  await panel.getByRole('tab', { name: 'Profile' }).click();
  await expect(panel.getByRole('textbox', { name: 'Preferences' })).toHaveValue(`${text}, and a call first`);
});
