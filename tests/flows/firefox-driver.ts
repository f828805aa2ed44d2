import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, JSHandle, KeyInput, Page } from 'puppeteer-core';
import type { Result } from 'axe-core';
import {
  FIREFOX_BUILD,
  launchFirefoxWithExtension,
  type FirefoxLaunch,
  type FirefoxWithExtension,
} from '../firefox/firefox-extension';
import { AXE_SCRIPT, seriousOnly } from './axe-source';
import type { AxeFinding, ExtensionBrowser, ExtensionPage, Size, Target } from './driver';

/** How long an action waits for its element, as Playwright's actions do. */
const ACTION_TIMEOUT_MS = 10_000;
/** How long a read waits for its element: reads run inside `expect.poll`, which tries them again. */
const READ_TIMEOUT_MS = 2_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describe(target: Target): string {
  if ('label' in target) return `the field labelled “${target.label}”`;
  if ('text' in target) return `the text “${target.text}”`;
  const self = `${target.role}${target.name === undefined ? '' : ` “${target.name}”`}${target.nth === undefined ? '' : ` #${target.nth}`}`;
  return target.within ? `${self} in ${describe(target.within)}` : self;
}

/**
 * Puppeteer's own `::-p-aria(…)` selector takes 300–450 ms a lookup in Firefox: around the one
 * BiDi `browsingContext.locateNodes` call that matches role and name in Firefox's accessibility
 * tree, it moves the element into an isolated world and every match back, one round trip each.
 * That call itself takes 10–40 ms on these pages, so the driver makes it directly, through the
 * element handle's `queryAXTree`: the same accessibility tree decides, an order of magnitude sooner.
 */
interface AccessibilityQueryable {
  queryAXTree(name?: string, role?: string): AsyncIterable<ElementHandle<Node>>;
}

function canQueryAccessibility(handle: object): handle is AccessibilityQueryable {
  return typeof (handle as Partial<AccessibilityQueryable>).queryAXTree === 'function';
}

/** The elements inside `scope` (itself included) with that role and exact accessible name, in document order. */
async function byRoleAndName(scope: ElementHandle<Element>, role: string, name: string | undefined) {
  if (!canQueryAccessibility(scope)) throw new Error('This puppeteer-core has no accessibility-tree query on element handles.');
  const found: ElementHandle<Element>[] = [];
  for await (const node of scope.queryAXTree(name, role)) {
    const element = node.asElement() as ElementHandle<Element> | null;
    if (element) found.push(element);
  }
  return found;
}

async function handlesOf(array: JSHandle<Element[]>): Promise<ElementHandle<Element>[]> {
  const properties = await array.getProperties();
  await array.dispose();
  return [...properties.values()].flatMap((handle) => {
    const element = handle.asElement() as ElementHandle<Element> | null;
    return element ? [element] : [];
  });
}

/** Every element that matches now, in document order; nothing is waited for. */
async function queryAll(page: Page, target: Target): Promise<ElementHandle<Element>[]> {
  if ('label' in target) {
    return handlesOf(
      await page.evaluateHandle(
        (label) =>
          [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter((field) =>
            [...(field.labels ?? [])].some((l) => l.textContent?.trim() === label),
          ),
        target.label,
      ),
    );
  }
  if ('text' in target) {
    return handlesOf(
      await page.evaluateHandle((text) => {
        const all = [...document.body.querySelectorAll('*')].filter((el) => el.textContent?.trim() === text);
        // The innermost elements with that text, not every ancestor around them.
        return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
      }, target.text),
    );
  }
  let scope: ElementHandle<Element>;
  if (target.within) {
    const outer = await queryAll(page, target.within);
    const chosen = pick(outer, target.within);
    if (!chosen) return [];
    scope = chosen;
  } else {
    scope = (await page.evaluateHandle(() => document.documentElement)) as ElementHandle<Element>;
  }
  const found = await byRoleAndName(scope, target.role, target.name);
  // Inside another element means below it, as Playwright's nested locators read it.
  if (!target.within) return found;
  const inside = await Promise.all(found.map((el) => el.evaluate((node, outer) => node !== outer, scope)));
  return found.filter((_, index) => inside[index]);
}

function pick(found: ElementHandle<Element>[], target: Target): ElementHandle<Element> | undefined {
  const nth = 'role' in target ? target.nth : undefined;
  if (nth !== undefined) return found[nth];
  return found.length === 1 ? found[0] : undefined;
}

/** The one element, waited for: it must be there (exactly one, unless `nth` picks). */
async function resolve(page: Page, target: Target, timeout = ACTION_TIMEOUT_MS): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await queryAll(page, target);
    const chosen = pick(found, target);
    if (chosen) return chosen;
    if (Date.now() > deadline) {
      throw new Error(`Firefox: ${describe(target)} was not found (${found.length} matched) within ${timeout} ms.`);
    }
    await sleep(POLL_MS);
  }
}

/** Waits until `work` succeeds, trying again while the element is not ready for it. */
async function retrying<T>(what: string, work: () => Promise<T>, timeout = ACTION_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Firefox: ${what}: ${String(error)}`);
      await sleep(POLL_MS);
    }
  }
}

/** Visible, enabled and attached now, or it throws: what a person could act on. Call it through `retrying`. */
async function actionable(page: Page, target: Target): Promise<ElementHandle<Element>> {
  const found = await queryAll(page, target);
  const element = pick(found, target);
  if (!element) throw new Error(`${describe(target)}: ${found.length} matched`);
  const ready = await element.evaluate(
    (el) =>
      el.isConnected &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden' &&
      !(el as HTMLButtonElement).disabled,
  );
  if (!ready) throw new Error(`${describe(target)} is not visible and enabled`);
  return element;
}

class FirefoxPage implements ExtensionPage {
  constructor(
    readonly page: Page,
    private readonly firefox: FirefoxWithExtension,
  ) {}

  private async front() {
    await this.page.bringToFront();
  }

  async click(target: Target) {
    await this.front();
    await retrying(`click ${describe(target)}`, async () => (await actionable(this.page, target)).click());
  }

  async fill(target: Target, text: string) {
    await this.front();
    const field = await retrying(`fill ${describe(target)}`, () => actionable(this.page, target));
    const typeable = await field.evaluate(
      (el) =>
        el instanceof HTMLTextAreaElement ||
        (el instanceof HTMLInputElement && /^(text|search|url|email|tel|password)$/.test(el.type)),
    );
    await field.focus();
    if (!typeable) {
      // A date field and the like: set as its picker would, through the element's own setter,
      // so that React sees the change.
      await field.evaluate((el, value) => {
        // HTMLInputElement's own setter, not the one React puts on the element to watch it.
        Reflect.set(HTMLInputElement.prototype, 'value', value, el);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, text);
      return;
    }
    // Select what is there and type over it, as a person replacing the text would.
    await field.evaluate((el) => (el as HTMLInputElement).select());
    if (text === '') await this.page.keyboard.press('Backspace');
    else await this.page.keyboard.type(text);
  }

  async type(text: string) {
    await this.front();
    await this.page.keyboard.type(text);
  }

  async press(keys: string, target?: Target) {
    await this.front();
    if (target) await retrying(`focus ${describe(target)}`, async () => (await actionable(this.page, target)).focus());
    const parts = keys.split('+') as KeyInput[];
    const key = parts.pop();
    if (!key) throw new Error(`No key in “${keys}”.`);
    for (const modifier of parts) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier);
  }

  async selectOption(target: Target, option: { value: string } | { label: string }) {
    await this.front();
    await retrying(`select in ${describe(target)}`, async () => {
      const select = (await actionable(this.page, target)) as ElementHandle<HTMLSelectElement>;
      const value =
        'value' in option
          ? option.value
          : await select.evaluate(
              (el, label) => [...el.options].find((o) => o.textContent === label)?.value,
              option.label,
            );
      if (value === undefined) throw new Error(`no option “${'label' in option ? option.label : ''}”`);
      const chosen = await select.select(value);
      if (chosen.length === 0) throw new Error(`no option with value “${value}”`);
    });
  }

  async check(target: Target) {
    await resolve(this.page, target);
    if (!(await this.isChecked(target))) await this.click(target);
    await retrying(`${describe(target)} checked`, async () => {
      if (!(await this.isChecked(target))) throw new Error('not checked');
    });
  }

  async text(target: Target) {
    const element = await resolve(this.page, target, READ_TIMEOUT_MS);
    return element.evaluate((el) => el.textContent ?? '');
  }

  async texts(target: Target) {
    const found = await queryAll(this.page, target);
    return Promise.all(found.map((el) => el.evaluate((e) => e.textContent ?? '')));
  }

  async value(target: Target) {
    const element = await resolve(this.page, target, READ_TIMEOUT_MS);
    return element.evaluate((el) => (el as HTMLInputElement).value);
  }

  async selectedLabel(target: Target) {
    const element = await resolve(this.page, target, READ_TIMEOUT_MS);
    return element.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  async optionLabels(target: Target) {
    const element = await resolve(this.page, target, READ_TIMEOUT_MS);
    return element.evaluate((el) => [...(el as HTMLSelectElement).options].map((option) => option.textContent ?? ''));
  }

  async count(target: Target) {
    return (await queryAll(this.page, target)).length;
  }

  async isChecked(target: Target) {
    const element = await resolve(this.page, target, READ_TIMEOUT_MS);
    return element.evaluate((el) => (el as HTMLInputElement).checked);
  }

  async isFocused(target: Target) {
    const found = pick(await queryAll(this.page, target), target);
    return found ? found.evaluate((el) => el === document.activeElement) : false;
  }

  async waitForText(target: Target, text: string | RegExp) {
    await retrying(`${describe(target)} to contain ${String(text)}`, async () => {
      const now = await this.text(target);
      if (typeof text === 'string' ? !now.includes(text) : !text.test(now)) throw new Error(`it reads “${now}”`);
    });
  }

  async upload(target: Target, file: { name: string; text: string }) {
    const folder = await mkdtemp(path.join(tmpdir(), 'mentor-up-upload-'));
    const onDisk = path.join(folder, file.name);
    await writeFile(onDisk, file.text);
    const input = (await resolve(this.page, target)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(onDisk);
  }

  async download(target: Target) {
    const folder = this.firefox.downloadDir;
    const before = new Set(readdirSync(folder));
    await this.click(target);
    const name = await retrying('a download to finish', async () => {
      const now = readdirSync(folder);
      const added = now.filter((f) => !before.has(f) && !f.endsWith('.part'));
      // Firefox writes to `name.part` and renames it when the file is whole.
      const done = added.find(
        (f) => !existsSync(path.join(folder, `${f}.part`)) && statSync(path.join(folder, f)).size > 0,
      );
      if (!done) throw new Error(`no finished file among ${JSON.stringify(now)}`);
      return done;
    });
    return { name, text: await readFile(path.join(folder, name), 'utf8') };
  }

  async reload() {
    // The old document could still answer a query right after: mark it, and wait for one without the mark.
    await this.page.evaluate(() => Object.assign(window, { __beforeReload: true }));
    await this.page.reload({ waitUntil: [] });
    await retrying('the page to load again', async () => {
      const fresh = await this.page.evaluate(() => !('__beforeReload' in window) && document.readyState === 'complete');
      if (!fresh) throw new Error('still the old page');
    });
  }

  async close() {
    await this.page.close();
  }
  isClosed() {
    return this.page.isClosed();
  }

  async setViewport(size: Size) {
    await this.page.setViewport(size);
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
  }

  async setColorScheme(scheme: 'light' | 'dark') {
    // Firefox has no per-page emulation over BiDi; this browser preference is what the
    // "website appearance" setting changes, and every page follows it.
    const value = scheme === 'dark' ? 0 : 1;
    await this.firefox.inBrowserWindow(
      `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value})`,
    );
    await retrying(`the page to see the ${scheme} scheme`, async () => {
      const matches = await this.page.evaluate(
        (wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
        scheme,
      );
      if (!matches) throw new Error('not yet');
    });
  }

  async axe(): Promise<AxeFinding[]> {
    if (!(await this.page.evaluate(() => 'axe' in window))) {
      // The page's CSP refuses a script tag; a script evaluated over BiDi is not the page's own.
      await this.page.evaluate(await readFile(AXE_SCRIPT, 'utf8'));
    }
    const json = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
      if (!axe) throw new Error('axe-core did not load into the page.');
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return JSON.stringify(violations);
    });
    return seriousOnly(JSON.parse(json) as Result[]);
  }

  async wait(ms: number) {
    await sleep(ms);
  }
}

/** Firefox ESR with the built extension; `close()` ends it and every fresh profile it started. */
export class FirefoxExtension implements ExtensionBrowser {
  readonly name = 'firefox';
  private readonly others: FirefoxExtension[] = [];

  constructor(readonly firefox: FirefoxWithExtension) {}

  static async launch(options?: FirefoxLaunch) {
    if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('Run `npm run build` first.');
    return new FirefoxExtension(await launchFirefoxWithExtension(options));
  }

  async open(file: string, size: Size = { width: 400, height: 640 }) {
    const page = await this.firefox.openPage(file, size);
    await page.bringToFront();
    return new FirefoxPage(page, this.firefox);
  }

  async freshProfile() {
    const other = await FirefoxExtension.launch();
    this.others.push(other);
    return other;
  }

  pageErrors(): string[] {
    return [...this.firefox.pageErrors(), ...this.others.flatMap((other) => other.pageErrors())];
  }

  async close() {
    for (const other of this.others.splice(0)) await other.close();
    await this.firefox.close();
  }
}
