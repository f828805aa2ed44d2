/**
 * What a flow needs from a browser, and nothing more: the flows in this folder are written once
 * against these two interfaces and run in Chromium (Playwright, `playwright-driver.ts`) and in
 * Firefox (puppeteer-core over WebDriver BiDi, `firefox-driver.ts`).
 *
 * Elements are found as a person or a screen reader finds them: by role and accessible name,
 * by a field's label, or by their text; never by CSS classes or ids.
 */

type Role =
  | 'alert'
  | 'article'
  | 'button'
  | 'cell'
  | 'checkbox'
  | 'combobox'
  | 'group'
  | 'heading'
  | 'list'
  | 'listitem'
  | 'option'
  | 'radio'
  | 'radiogroup'
  | 'region'
  | 'row'
  | 'search'
  | 'searchbox'
  | 'status'
  | 'tab'
  | 'table'
  | 'tabpanel'
  | 'textbox';

/** One element on a page. Where several match, `nth` picks one (0 is the first); otherwise exactly one must. */
export type Target =
  | { role: Role; name?: string; within?: Target; nth?: number }
  /** A form field by the text of its label (a date field, a file field). */
  | { label: string }
  /** An element by its whole visible text. */
  | { text: string };

/** `Control+Enter` and the like: modifiers first, joined by `+`. */
type Keys = string;

export interface Size {
  width: number;
  height: number;
}

interface DownloadedFile {
  name: string;
  text: string;
}

/** One serious or critical axe-core finding, in a form that reads well in a failed test. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  where: string[];
}

export interface ExtensionPage {
  /** Clicks the element once it is there, visible and enabled. */
  click(target: Target): Promise<void>;
  /** Replaces a text field's value, as typing or pasting would. */
  fill(target: Target, text: string): Promise<void>;
  /** Types into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /** Presses keys in `target` (focused first), or in whatever has focus. */
  press(keys: Keys, target?: Target): Promise<void>;
  selectOption(target: Target, option: { value: string } | { label: string }): Promise<void>;
  /** Clicks a radio button or checkbox unless it is checked, then waits until it is. */
  check(target: Target): Promise<void>;

  /** The text of the one element, once it is there. */
  text(target: Target): Promise<string>;
  /** The text of every element that matches now (none: an empty list). */
  texts(target: Target): Promise<string[]>;
  /** The value of a field, once it is there. */
  value(target: Target): Promise<string>;
  /** The label of a select's chosen option. */
  selectedLabel(target: Target): Promise<string>;
  /** The labels of all of a select's options. */
  optionLabels(target: Target): Promise<string[]>;
  count(target: Target): Promise<number>;
  isChecked(target: Target): Promise<boolean>;
  isFocused(target: Target): Promise<boolean>;
  /** Waits until the element's text contains `text` (or matches it). */
  waitForText(target: Target, text: string | RegExp): Promise<void>;

  /** Puts a file into a file field, as choosing it in the browser's dialog would. */
  upload(target: Target, file: { name: string; text: string }): Promise<void>;
  /** Clicks the target and returns the file the browser downloaded because of it. */
  download(target: Target): Promise<DownloadedFile>;

  reload(): Promise<void>;
  close(): Promise<void>;
  /** Whether the page has closed (by `close()`, or by itself). */
  isClosed(): boolean;
  setViewport(size: Size): Promise<void>;
  /** Runs `fn` in the page (an extension page: it has the extension's APIs) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The system colour scheme the page sees. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Runs axe-core on the page as it is now; returns the serious and critical findings only. */
  axe(): Promise<AxeFinding[]>;
  wait(ms: number): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) in a tab of its own. */
  open(file: string, size?: Size): Promise<ExtensionPage>;
  /** The same built extension in a browser with a new, empty profile. */
  freshProfile(): Promise<ExtensionBrowser>;
  /** Uncaught errors the extension's pages reported so far. */
  pageErrors(): string[];
}

export const POPUP_SIZE: Size = { width: 360, height: 520 };
export const PANEL_SIZE: Size = { width: 420, height: 720 };
export const OPTIONS_SIZE: Size = { width: 900, height: 1000 };

/** The side panel's page as the build names it (Chrome's side panel and Firefox's sidebar load the same one). */
export const PANEL_PAGE = 'sidepanel.html';

// Short ways to name what a flow looks for.
export const button = (name: string, within?: Target): Target => ({ role: 'button', name, ...(within && { within }) });
export const textbox = (name: string, within?: Target): Target => ({
  role: 'textbox',
  name,
  ...(within && { within }),
});
export const combobox = (name: string): Target => ({ role: 'combobox', name });
export const tab = (name: string): Target => ({ role: 'tab', name });
export const list = (name: string): Target => ({ role: 'list', name });
export const itemsOf = (listName: string): Target => ({ role: 'listitem', within: list(listName) });
export const radio = (name: string, group?: string): Target => ({
  role: 'radio',
  name,
  ...(group && { within: { role: 'radiogroup', name: group } }),
});
export const checkbox = (name: string): Target => ({ role: 'checkbox', name });
