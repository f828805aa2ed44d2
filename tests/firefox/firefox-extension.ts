import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

export const FIREFOX_BUILD = path.resolve(process.env.FIREFOX_BUILD ?? '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fixed so the extension's page addresses are known before it is installed. */
const EXTENSION_UUID = '6f1d3c2a-8b4e-4f7a-9c5d-2e8b1a7f3d90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * Firefox's own modules log to the same output: its remote-settings loader reports, some seconds
 * after start, that it could not reach its servers (the test machine has no network). They are
 * not the extension's errors.
 */
const BROWSER_OWN_ERRORS = /^console\.error: RSLoader:/;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's pages (popup.html, sidepanel.html…) in a new tab. */
  openPage: (file: string, size?: { width: number; height: number }) => Promise<Page>;
  /** Uncaught errors and rejections the extension's pages reported so far. */
  pageErrors: () => string[];
  /** Where the browser saves downloads, without asking. */
  downloadDir: string;
  /**
   * Evaluates `expression` in the browser's own window (its toolbar, menus and sidebar), which
   * WebDriver BiDi reaches when Firefox runs with --remote-allow-system-access. Test code only:
   * this is how a test opens the real context menu or reads what the sidebar shows.
   */
  inBrowserWindow: <T = unknown>(expression: string) => Promise<T>;
  close: () => Promise<void>;
}

export interface FirefoxLaunch {
  /** More browser preferences, for one test's needs (a proxy, say). */
  prefs?: Record<string, string | number | boolean>;
  /** Passed to puppeteer's launch as they are (acceptInsecureCerts, say). */
  launch?: Partial<LaunchOptions>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: BidiValue;
  exceptionDetails?: { text: string };
}

type BidiValue = { type: string; value?: unknown };

/** Turns a serialized BiDi value (strings, numbers, booleans, arrays and plain objects) back into JavaScript. */
function fromBidi(value: BidiValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.type) {
    case 'undefined':
    case 'null':
      return value.type === 'null' ? null : undefined;
    case 'array':
      return (value.value as BidiValue[]).map(fromBidi);
    case 'object':
      return Object.fromEntries((value.value as [string, BidiValue][]).map(([k, v]) => [k, fromBidi(v)]));
    default:
      return value.value;
  }
}

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed, on a new profile. Extension
 * pages never send load events to BiDi, so callers wait for an element instead; their errors are
 * read from the browser's own output, where `devtools.console.stdout.content` sends them.
 */
export async function launchFirefoxWithExtension(options: FirefoxLaunch = {}): Promise<FirefoxWithExtension> {
  const downloadDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses to navigate a BiDi-driven tab to moz-extension:// pages; it
    // also lets the test reach the browser's own window (see `inBrowserWindow`).
    args: ['--remote-allow-system-access'],
    ...options.launch,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      // Downloads go straight to a folder the test reads, as a person's "Save" would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      // The permission prompt is a doorhanger a headless browser cannot show: granted as if
      // accepted. The request still has to come from a click, as in a real browser.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  let output = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await browser.installExtension(FIREFOX_BUILD);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  return {
    browser,
    downloadDir,
    openPage: async (file, size) => {
      const page = await browser.newPage();
      if (size) await page.setViewport(size);
      await page.goto(`${EXTENSION_ORIGIN}/${file}`, { waitUntil: [] });
      return page;
    },
    pageErrors: () =>
      output
        .split('\n')
        .filter(
          (line) =>
            line.startsWith(`JavaScript error: ${EXTENSION_ORIGIN}/`) ||
            (line.startsWith('console.error:') && !BROWSER_OWN_ERRORS.test(line)),
        ),
    inBrowserWindow: async <T>(expression: string) => {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const [top] = tree.result.contexts as { context: string }[];
      if (!top) throw new Error('Firefox has no browser window.');
      const { result } = await connection.send('script.evaluate', {
        expression,
        target: { context: top.context },
        awaitPromise: true,
      });
      const evaluated = result as unknown as EvaluateResult;
      if (evaluated.type === 'exception') throw new Error(`In the browser window: ${evaluated.exceptionDetails?.text}`);
      return fromBidi(evaluated.result) as T;
    },
    close: async () => {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}
