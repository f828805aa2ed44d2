import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIREFOX_BUILD, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-extension';

// The sidebar page is whatever the Firefox manifest declares, so a renamed entry point is followed.
function sidebarPage(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    sidebar_action?: { default_panel?: string };
  };
  const panel = manifest.sidebar_action?.default_panel;
  if (!panel) throw new Error('The Firefox build declares no sidebar page.');
  return panel;
}

let firefox: FirefoxWithExtension | undefined;

test.afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

test('Firefox: a quick note saved in the popup page shows in the sidebar page', async () => {
  expect(existsSync(path.join(FIREFOX_BUILD, 'manifest.json')), 'run `npm run build` first').toBe(true);
  firefox = await launchFirefoxWithExtension();

  const popup = await firefox.openPage('popup.html');
  const name = await popup.waitForSelector('::-p-aria(Name[role="textbox"])');
  await name?.type('Robin Hale');
  await popup.select('::-p-aria(Generation[role="combobox"])', 'genx');
  await popup.locator('::-p-aria(Add protégé[role="button"])').click();
  await popup.waitForSelector('::-p-aria(Protégé[role="combobox"])');

  const text = 'Robin wants to try the meeting summary in Teams.';
  await popup.locator('::-p-aria(Quick note[role="textbox"])').fill(text);
  await popup.locator('::-p-aria(Save note[role="button"])').click();
  await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved');

  const sidebar = await firefox.openPage(sidebarPage());
  await sidebar.locator('::-p-aria(Notes[role="tab"])').click();
  const firstNote = await sidebar.waitForSelector('ul[aria-label="Notes"] > li');
  expect(await firstNote?.evaluate((li) => li.textContent)).toContain(text);
  const picker = await sidebar.waitForSelector('::-p-aria(Protégé[role="combobox"])');
  expect(await picker?.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
    'Robin Hale',
  );

  expect(firefox.pageErrors()).toEqual([]);
});

test('Firefox: typed text and names stay out of the storage content scripts can read, and a closed popup loses nothing', async () => {
  firefox = await launchFirefoxWithExtension();
  const popup = await firefox.openPage('popup.html');
  await (await popup.waitForSelector('::-p-aria(Name[role="textbox"])'))?.type('Robin Hale');
  await popup.select('::-p-aria(Generation[role="combobox"])', 'genx');
  await popup.locator('::-p-aria(Add protégé[role="button"])').click();
  await popup.waitForSelector('::-p-aria(Protégé[role="combobox"])');
  const text = 'Half a thought about the Teams demo';
  await popup.locator('::-p-aria(Quick note[role="textbox"])').fill(text);
  await popup.close();

  const again = await firefox.openPage('popup.html');
  const box = await again.waitForSelector('::-p-aria(Quick note[role="textbox"])');
  await again.waitForFunction(
    (expected) => document.querySelector<HTMLTextAreaElement>('textarea')?.value === expected,
    {},
    text,
  );
  expect(await box?.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(text);

  // What a content script could read: Firefox lets content scripts use storage.local.
  const readable = await again.evaluate(async () => {
    const scope = globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<unknown> } } } };
    return JSON.stringify(await scope.browser.storage.local.get(null));
  });
  expect(readable).not.toContain('Half a thought');
  expect(readable).not.toContain('Robin Hale');
  expect(firefox.pageErrors()).toEqual([]);
});
