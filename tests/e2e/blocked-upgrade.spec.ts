import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DATABASE_NAME } from '../../db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../db/schema-versions';
import { POPUP_PRIVATE } from '../../utils/popup-items';
import { SCHEMA_FIXTURES } from '../fixtures/schema-fixtures';
import { expect, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';
import { addProtegeInPanel } from './panel-helpers';

/*
 * Two releases meeting in one browser, against the built extension. The pages run their own,
 * unchanged code; the other release is played from the extension's service worker, which
 * shares the pages' origin and so their IndexedDB, with plain IndexedDB calls:
 *
 * - the previous release: the database it stored (its object stores as its Dexie made them,
 *   at IndexedDB version 10 × its schema version, and its rows), held by a connection that
 *   ignores versionchange, as a page of that release does when its code does not give way
 *   (an old build, or a page stuck in a long task). The built pages must upgrade it to this
 *   release's version, so their opens are really blocked, by the browser.
 * - the next release: a connection asking for a version above this release's, as a page
 *   running newer code does when it opens the database.
 */

interface StoreLayout {
  table: string;
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[];
}

/** The object stores Dexie makes for schema versions up to `version` (a later spec replaces a table's). */
function layoutAt(version: number): StoreLayout[] {
  const specs: Record<string, string> = {};
  for (const entry of SCHEMA_VERSIONS.filter((v) => v.version <= version)) Object.assign(specs, entry.stores);
  return Object.entries(specs).map(([table, spec]) => {
    const [primary = '', ...rest] = spec.split(',').map((part) => part.trim());
    return {
      table,
      keyPath: primary,
      indexes: rest.map((part) => {
        const bare = part.replace(/^[*&]/, '');
        const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
        return { name: bare, keyPath, multiEntry: part.startsWith('*'), unique: part.startsWith('&') };
      }),
    };
  });
}

const PREVIOUS = SCHEMA_FIXTURES.find((fixture) => fixture.version === CURRENT_SCHEMA_VERSION - 1)!;
const PREVIOUS_NAME = PREVIOUS.rows.proteges!.find((protege) => !protege.archived)!.name as string;

const serviceWorker = async (context: BrowserContext): Promise<Worker> =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** Stores the previous release's database and holds it open; returns a function that closes it. */
async function holdPreviousRelease(worker: Worker): Promise<() => Promise<void>> {
  await worker.evaluate(
    ({ name, version, layout, rows }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          for (const { table, keyPath, indexes } of layout) {
            const store = request.result.createObjectStore(table, { keyPath });
            for (const index of indexes) store.createIndex(index.name, index.keyPath, index);
          }
          for (const [table, list] of Object.entries(rows))
            for (const row of list) request.transaction!.objectStore(table).add(row);
        };
        // No onversionchange: this connection never gives way.
        request.onsuccess = () => resolve(void Object.assign(globalThis, { previousRelease: request.result }));
        request.onerror = () => reject(request.error ?? new Error('The previous release’s database did not open'));
      }),
    { name: DATABASE_NAME, version: PREVIOUS.version * 10, layout: layoutAt(PREVIOUS.version), rows: PREVIOUS.rows },
  );
  return () =>
    worker.evaluate(() => (globalThis as unknown as { previousRelease: IDBDatabase }).previousRelease.close());
}

/** Opens the database as the next release would, and closes it again once it is open. */
async function openAsNextRelease(worker: Worker) {
  await worker.evaluate(
    ({ name, version }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onsuccess = () => resolve(request.result.close());
        request.onerror = () => reject(request.error ?? new Error('The next release’s open failed'));
        request.onblocked = () => reject(new Error('An open page held up the next release'));
      }),
    { name: DATABASE_NAME, version: (CURRENT_SCHEMA_VERSION + 1) * 10 },
  );
}

const stored = (page: Page, key: string) =>
  page.evaluate(async (item) => {
    const { storage } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    return (await storage.local.get(item))[item];
  }, key);

test('an older page holding the database: every page says what to do, keeps what is typed, and carries on once it closes', async ({
  context,
  openPage,
}) => {
  const release = await holdPreviousRelease(await serviceWorker(context));
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  const popup = await openPage('popup.html', POPUP_SIZE);
  const options = await openPage('options.html');

  const waiting = (page: Page) => page.getByRole('alert').filter({ hasText: 'waiting for an older page' });
  for (const page of [panel, popup, options]) {
    await expect(waiting(page)).toBeVisible({ timeout: 2_000 });
    await expect(waiting(page)).toContainText('Close the other Mentor Up pages and windows');
    await expect(waiting(page)).toContainText('Nothing is lost, and what you type here is kept');
  }

  // Typing goes on meanwhile, kept as the draft.
  await popup.bringToFront();
  const box = popup.getByRole('textbox', { name: 'Quick note' });
  await box.fill('Typed while the older page held the notes');
  await expect
    .poll(() => stored(popup, POPUP_PRIVATE.draft.key))
    .toMatchObject({
      text: 'Typed while the older page held the notes',
    });

  await release();
  for (const page of [panel, popup, options]) await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('combobox', { name: 'Protégé' })).toContainText(PREVIOUS_NAME);
  await expect(options.getByRole('button', { name: 'Export backup' })).toBeEnabled();
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toContainText(PREVIOUS_NAME);
  await expect(box).toHaveValue('Typed while the older page held the notes');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('status')).toHaveText('Saved');
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Typed while the older page held the notes');
});

test('a newer page opening the database: this page lets go, asks for a reload, and keeps what was typed', async ({
  context,
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
  await panel.getByRole('tab', { name: 'Notes' }).click();
  const box = panel.getByRole('textbox', { name: 'New note' });
  await box.fill('Half a thought about the hashtag guide');

  await openAsNextRelease(await serviceWorker(context));
  const updated = panel.getByRole('alert').filter({ hasText: 'Mentor Up was updated' });
  await expect(updated).toBeVisible({ timeout: 2_000 });
  await expect(updated).toContainText('needs a reload');
  await expect(box).toHaveValue('Half a thought about the hashtag guide');
  await expect
    .poll(() => stored(panel, 'panelNoteDraft'))
    .toMatchObject({ text: 'Half a thought about the hashtag guide' });

  await updated.getByRole('button', { name: 'Reload' }).click();
  await expect(panel.getByRole('combobox', { name: 'Protégé' })).toContainText('Pat Lee');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(box).toHaveValue('Half a thought about the hashtag guide');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Half a thought about the hashtag guide');
});
