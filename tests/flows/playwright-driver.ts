import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { chromiumExtensionArgs } from '../chromium-flags.mjs';
import type { AxeFinding, ExtensionBrowser, ExtensionPage, Size, Target } from './driver';
import { seriousAxeFindings } from '../e2e/axe';

const CHROME_BUILD = path.resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function locate(page: Page, target: Target): Locator {
  if ('label' in target) return page.getByLabel(target.label, { exact: true });
  if ('text' in target) return page.getByText(target.text, { exact: true });
  const scope = target.within ? locate(page, target.within) : page;
  const found = scope.getByRole(target.role, target.name === undefined ? {} : { name: target.name, exact: true });
  return target.nth === undefined ? found : found.nth(target.nth);
}

class PlaywrightPage implements ExtensionPage {
  constructor(readonly page: Page) {}

  private at(target: Target) {
    return locate(this.page, target);
  }

  async click(target: Target) {
    await this.page.bringToFront();
    await this.at(target).click();
  }
  async fill(target: Target, text: string) {
    await this.page.bringToFront();
    await this.at(target).fill(text);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async press(keys: string, target?: Target) {
    await this.page.bringToFront();
    if (target) await this.at(target).press(keys);
    else await this.page.keyboard.press(keys);
  }
  async selectOption(target: Target, option: { value: string } | { label: string }) {
    await this.page.bringToFront();
    await this.at(target).selectOption(option);
  }
  async check(target: Target) {
    const box = this.at(target);
    if (!(await box.isChecked())) await box.click();
    await expect(box).toBeChecked();
  }

  text(target: Target) {
    return this.at(target)
      .textContent()
      .then((text) => text ?? '');
  }
  texts(target: Target) {
    return this.at(target).allTextContents();
  }
  value(target: Target) {
    return this.at(target).inputValue();
  }
  selectedLabel(target: Target) {
    return this.at(target).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }
  optionLabels(target: Target) {
    return this.at(target).evaluate((select) =>
      [...(select as HTMLSelectElement).options].map((option) => option.textContent ?? ''),
    );
  }
  count(target: Target) {
    return this.at(target).count();
  }
  isChecked(target: Target) {
    return this.at(target).isChecked();
  }
  isFocused(target: Target) {
    return this.at(target).evaluate((element) => element === document.activeElement);
  }
  async waitForText(target: Target, text: string | RegExp) {
    await expect(this.at(target)).toContainText(text);
  }

  async upload(target: Target, file: { name: string; text: string }) {
    await this.at(target).setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
  }
  async download(target: Target) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.click(target)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
  }

  async reload() {
    await this.page.reload();
  }
  async close() {
    await this.page.close();
  }
  isClosed() {
    return this.page.isClosed();
  }
  async setViewport(size: Size) {
    await this.page.setViewportSize(size);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
  }
  async setColorScheme(scheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme: scheme });
  }
  axe(): Promise<AxeFinding[]> {
    return seriousAxeFindings(this.page);
  }
  async wait(ms: number) {
    await this.page.waitForTimeout(ms);
  }
}

/** Chromium with the built extension, on the given context (a Playwright fixture's, or one of its own). */
export class PlaywrightExtension implements ExtensionBrowser {
  readonly name = 'chromium';
  private readonly errors: string[] = [];
  private readonly others: PlaywrightExtension[] = [];

  constructor(
    readonly context: BrowserContext,
    private readonly extensionId: string,
    private readonly profileDir?: string,
  ) {}

  async open(file: string, size: Size = { width: 400, height: 640 }) {
    const page = await this.context.newPage();
    await page.setViewportSize(size);
    page.on('pageerror', (error) => this.errors.push(`${file}: ${error.message}`));
    await page.goto(`chrome-extension://${this.extensionId}/${file}`);
    await page.bringToFront();
    return new PlaywrightPage(page);
  }

  async freshProfile() {
    const other = await launchChromiumExtension();
    this.others.push(other);
    return other;
  }

  pageErrors(): string[] {
    return [...this.errors, ...this.others.flatMap((other) => other.pageErrors())];
  }

  /** Closes the profiles this one started, and this one's context if it started it. */
  async close() {
    for (const other of this.others.splice(0)) await other.close();
    if (this.profileDir) {
      await this.context.close();
      await rm(this.profileDir, { recursive: true, force: true });
    }
  }
}

async function extensionIdOf(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Chromium with the built extension on a new profile of its own; `close()` removes it. */
async function launchChromiumExtension() {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-flow-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumExtensionArgs(CHROME_BUILD),
  });
  return new PlaywrightExtension(context, await extensionIdOf(context), profileDir);
}
