import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fixed so the extension's page addresses are known before it is installed. */
const EXTENSION_UUID = '6f1d3c2a-8b4e-4f7a-9c5d-2e8b1a7f3d90';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's pages (popup.html, sidepanel.html…) in a new tab. */
  openPage: (file: string) => Promise<Page>;
  /** Uncaught errors and rejections the extension's pages reported so far. */
  pageErrors: () => string[];
  close: () => Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed. Extension pages never
 * send load events to BiDi, so callers wait for an element instead; their errors are read from
 * the browser's own output, where `devtools.console.stdout.content` sends them.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses to navigate a BiDi-driven tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
    },
  });
  let output = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await browser.installExtension(FIREFOX_BUILD);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  return {
    browser,
    openPage: async (file) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${file}`, { waitUntil: [] });
      return page;
    },
    pageErrors: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith(`JavaScript error: ${origin}/`) || line.startsWith('console.error:')),
    close: () => browser.close(),
  };
}
