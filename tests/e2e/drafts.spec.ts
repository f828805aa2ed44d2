import { chromium, type Locator, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumExtensionArgs } from '../chromium-flags.mjs';
import { CHROME_BUILD, CHROMIUM, expect, launchWithProfile, PANEL_SIZE, POPUP_SIZE, test } from './fixtures';
import { addProtegeInPanel, holdProtegeWrites } from './panel-helpers';

/**
 * Every text field keeps what was typed: the page closed or reloaded at once after the last
 * key, the text is back when it opens again; and a save that fails keeps the text, says why,
 * and the text is still there after a reload.
 */

type Surface = 'popup' | 'sidepanel.html';

interface FieldCase {
  name: string;
  surface: Surface;
  /** Runs once, in a side panel, before the field's page opens (protégés, notes, a session). */
  setup?: (panel: Page) => Promise<void>;
  /** From the page as it opens to the field on screen. */
  open?: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  /** Asks for the text to be stored (a button, a shortcut, or leaving an autosaving field). */
  submit: (page: Page) => Promise<void>;
  /** Close and open again (the popup) instead of a reload. */
  reopen?: boolean;
}

const withProtege = (panel: Page) => addProtegeInPanel(panel, 'Pat Lee', 'boomer');
const tab = (name: string) => (page: Page) => page.getByRole('tab', { name }).click();
const press = (name: string) => (page: Page) => page.getByRole('button', { name }).click();
const blur = (page: Page) => page.keyboard.press('Tab');

async function withSession(panel: Page) {
  await withProtege(panel);
  await panel.getByRole('button', { name: 'Start session' }).click();
  await expect(panel.getByRole('button', { name: 'End session' })).toBeVisible();
}

async function withNote(panel: Page) {
  await withProtege(panel);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await panel.getByRole('textbox', { name: 'New note' }).fill('First note');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Saved');
}

const CASES: FieldCase[] = [
  {
    name: 'popup: first protégé name',
    surface: 'popup',
    field: (page) => page.getByRole('textbox', { name: 'Name' }),
    async submit(page) {
      await page.getByRole('combobox', { name: 'Generation' }).selectOption('genx');
      await page.getByRole('button', { name: 'Add protégé' }).click();
    },
    reopen: true,
  },
  {
    name: 'popup: quick note',
    surface: 'popup',
    setup: withProtege,
    field: (page) => page.getByRole('textbox', { name: 'Quick note' }),
    submit: press('Save note'),
    reopen: true,
  },
  {
    name: 'side panel: first protégé name',
    surface: 'sidepanel.html',
    field: (page) => page.getByRole('textbox', { name: 'Name' }),
    async submit(page) {
      await page.getByRole('combobox', { name: 'Generation' }).selectOption('silent');
      await page.getByRole('button', { name: 'Add protégé' }).click();
    },
  },
  {
    name: 'side panel: new note',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Notes'),
    field: (page) => page.getByRole('textbox', { name: 'New note' }),
    submit: press('Save note'),
  },
  {
    name: 'side panel: note edit',
    surface: 'sidepanel.html',
    setup: withNote,
    async open(page) {
      await page.getByRole('tab', { name: 'Notes' }).click();
      // A reload reopens the note being edited only if it was left open; open it when closed.
      const editor = page.getByRole('textbox', { name: 'Edit note' });
      if (!(await editor.isVisible())) await page.getByRole('button', { name: 'Edit' }).click();
    },
    field: (page) => page.getByRole('textbox', { name: 'Edit note' }),
    submit: blur,
  },
  {
    name: 'side panel: stage evidence note',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Progress'),
    field: (page) => page.getByRole('textbox', { name: /What did you notice/ }),
    submit: (page) =>
      page.getByRole('radiogroup', { name: 'Change stage' }).getByRole('radio', { name: 'Resistance' }).click(),
  },
  {
    name: 'side panel: gratitude entry',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Progress'),
    field: (page) => page.getByRole('textbox', { name: 'What for' }),
    submit: press('Add to log'),
  },
  {
    name: 'side panel: new goal',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Profile'),
    field: (page) => page.getByRole('textbox', { name: 'New goal' }),
    submit: press('Add goal'),
  },
  {
    name: 'side panel: session note',
    surface: 'sidepanel.html',
    setup: withSession,
    field: (page) => page.getByRole('textbox', { name: 'Session note' }),
    submit: press('Save note'),
  },
  {
    name: 'side panel: wrap-up summary',
    surface: 'sidepanel.html',
    setup: withSession,
    async open(page) {
      // A wrap-up left open comes back open; otherwise end the session to reach it.
      const summary = page.getByRole('textbox', { name: 'Summary' });
      await expect(page.getByRole('button', { name: 'End session' }).or(summary).first()).toBeVisible();
      if (!(await summary.isVisible())) await page.getByRole('button', { name: 'End session' }).click();
    },
    field: (page) => page.getByRole('textbox', { name: 'Summary' }),
    submit: press('Save wrap-up and end'),
  },
  {
    name: 'side panel: profile field',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Profile'),
    field: (page) => page.getByRole('textbox', { name: 'Preferences' }),
    submit: blur,
  },
  {
    name: 'side panel: agreement field',
    surface: 'sidepanel.html',
    setup: withProtege,
    open: tab('Profile'),
    field: (page) => page.getByRole('textbox', { name: 'Overall timeline' }),
    submit: blur,
  },
];

/**
 * While `failWrites` is set in the page's localStorage, every IndexedDB record write in it
 * fails as a full disk would. The page's own code runs unchanged.
 */
function failWritesWhenAsked() {
  if (localStorage.getItem('failWrites') !== '1') return;
  for (const method of ['add', 'put'] as const) {
    IDBObjectStore.prototype[method] = function refuse(): never {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  }
}

for (const field of CASES) {
  test(`${field.name}: kept through a ${field.reopen ? 'close' : 'reload'} at 0 ms and a failed save`, async ({
    context,
    openPage,
  }) => {
    await context.addInitScript(failWritesWhenAsked);
    if (field.setup) {
      const setupPanel = await openPage('sidepanel.html', PANEL_SIZE);
      await field.setup(setupPanel);
      await setupPanel.close();
    }
    const file = field.surface === 'popup' ? 'popup.html' : field.surface;
    const size = field.surface === 'popup' ? POPUP_SIZE : PANEL_SIZE;
    let page = await openPage(file, size);
    const again = async () => {
      if (field.reopen) {
        await page.close();
        page = await openPage(file, size);
      } else {
        await page.reload();
        await page.bringToFront();
      }
      await field.open?.(page);
    };

    await field.open?.(page);
    const text = `Typed into ${field.name} — é, 漢字, <b>not markup</b>`;
    await field.field(page).click();
    await field.field(page).fill('');
    await page.keyboard.type(text);
    await again(); // at once: no wait after the last key
    await expect(field.field(page)).toHaveValue(text);

    // Writes fail from here on: the save says why and the text stays.
    await page.evaluate(() => localStorage.setItem('failWrites', '1'));
    await again();
    await expect(field.field(page)).toHaveValue(text);
    await field.field(page).press('Control+End');
    await page.keyboard.type(' and more');
    await field.submit(page);
    await expect(page.getByRole('alert').filter({ hasText: /run out of space/ })).toBeVisible();
    await expect(field.field(page)).toHaveValue(`${text} and more`);

    // And it is still there when the page opens with a working disk.
    await page.evaluate(() => localStorage.removeItem('failWrites'));
    await again();
    await expect(field.field(page)).toHaveValue(`${text} and more`);
  });
}

test('a protégé added in a popup that closed before the write committed is there when the side panel opens', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html', POPUP_SIZE);
  await popup.getByRole('textbox', { name: 'Name' }).fill('Robin Park');
  await popup.getByRole('combobox', { name: 'Generation' }).selectOption('boomer');
  // Another page holds a write on the protégés, so the popup's add cannot commit before it closes.
  const holder = await openPage('options.html');
  const release = await holdProtegeWrites(holder);
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Add protégé' }).click();
  await popup.getByRole('textbox', { name: 'Quick note' }).fill('Wants to try the AI assistant');
  await popup.close();
  await release();
  await holder.close();

  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await expect(panel.getByRole('combobox', { name: 'Protégé' })).toHaveText('Robin Park');
  // Once, not twice: the next popup does not add them again.
  const next = await openPage('popup.html', POPUP_SIZE);
  await expect(next.getByRole('combobox', { name: 'Protégé' })).toHaveText('Robin Park');
  await expect(next.getByRole('textbox', { name: 'Quick note' })).toHaveValue('Wants to try the AI assistant');
});

/*
 * The browser quits at once after the last key (closed, or restarted for an update) and starts
 * again with the same profile: `launchWithProfile`.
 */

type OpenPage = (file: string, size: { width: number; height: number }) => Promise<Page>;

const fileOf = (field: FieldCase) => (field.surface === 'popup' ? 'popup.html' : field.surface);
const sizeOf = (field: FieldCase) => (field.surface === 'popup' ? POPUP_SIZE : PANEL_SIZE);

/** Sets the field's case up, then types `text` into it and returns its page, without waiting after the last key. */
async function typeInto(field: FieldCase, open: OpenPage, text: string): Promise<Page> {
  if (field.setup) await field.setup(await open('sidepanel.html', PANEL_SIZE));
  const page = await open(fileOf(field), sizeOf(field));
  await field.open?.(page);
  await field.field(page).click();
  await field.field(page).fill('');
  await page.keyboard.type(text);
  return page;
}

/** Opens the field's page again and finds `text` in it. */
async function expectKept(field: FieldCase, open: OpenPage, text: string) {
  const page = await open(fileOf(field), sizeOf(field));
  await field.open?.(page);
  await expect(field.field(page)).toHaveValue(text);
}

for (const field of CASES) {
  test(`${field.name}: kept through a browser restart at 0 ms`, async () => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-restart-'));
    try {
      const first = await launchWithProfile(userDataDir);
      const text = `Typed into ${field.name} before the browser quit`;
      await typeInto(field, first.open, text);
      await first.context.close();

      const second = await launchWithProfile(userDataDir);
      await expectKept(field, second.open, text);
      await second.context.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
}

// A side panel tab left and opened again draws its fields anew: they start from what was typed.
for (const field of CASES.filter((c) => c.surface === 'sidepanel.html' && c.open)) {
  test(`${field.name}: kept when its tab is left and opened again`, async ({ openPage }) => {
    const page = await openPage('sidepanel.html', PANEL_SIZE);
    await field.setup?.(page);
    await field.open?.(page);
    const text = `Typed into ${field.name}, then another tab`;
    await field.field(page).fill(text);
    await page.getByRole('tab', { name: 'Coach' }).click();
    await field.open?.(page);
    await expect(field.field(page)).toHaveValue(text);
  });
}

test('a quick note typed for one protégé stays theirs when another page moves on to someone else', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
  await addProtegeInPanel(panel, 'Sam Roe', 'genx');
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: 'Pat Lee' });

  let popup = await openPage('popup.html', POPUP_SIZE);
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveValue(
    await panel.getByRole('combobox', { name: 'Protégé' }).inputValue(),
  );
  await popup.getByRole('textbox', { name: 'Quick note' }).fill('Pat wants to try Copilot in Outlook');
  await popup.close();

  // The mentor works on with Sam in the side panel, which the popup would open on next.
  await panel.bringToFront();
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: 'Sam Roe' });

  popup = await openPage('popup.html', POPUP_SIZE);
  await expect(popup.getByRole('combobox', { name: 'Protégé' })).toHaveText(/Pat Lee/);
  await expect(popup.getByRole('combobox', { name: 'Protégé' }).locator('option:checked')).toHaveText('Pat Lee');
  await expect(popup.getByRole('textbox', { name: 'Quick note' })).toHaveValue('Pat wants to try Copilot in Outlook');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('status')).toHaveText('Saved');

  await panel.bringToFront();
  await panel.getByRole('combobox', { name: 'Protégé' }).selectOption({ label: 'Pat Lee' });
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByText('Pat wants to try Copilot in Outlook')).toBeVisible();
});

/**
 * A browser whose extension is loaded through the DevTools protocol, so the test can load it
 * again from disk while its pages are open, as an update or a reload does: every page of the
 * extension closes at once, and the extension starts again with its storage. (`runtime.reload()`
 * itself unloads the extension in this headless Chromium without bringing it back.)
 */
async function launchReloadable(userDataDir: string) {
  const args = chromiumExtensionArgs(CHROME_BUILD).filter(
    (arg) => !/^--(load-extension|disable-extensions-except)=/.test(arg),
  );
  const browserProcess = spawn(
    CHROMIUM,
    [
      ...args,
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  await expect
    .poll(() =>
      readFile(portFile, 'utf8').then(
        (text) => /^\d+\n/.test(text),
        () => false,
      ),
    )
    .toBe(true);
  const port = (await readFile(portFile, 'utf8')).split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const devtools = await browser.newBrowserCDPSession();
  const load = async () =>
    ((await devtools.send('Extensions.loadUnpacked', { path: CHROME_BUILD })) as { id: string }).id;
  const extensionId = await load();
  const context = browser.contexts()[0]!;
  return {
    open: async (file: string, size: { width: number; height: number }) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      await page.bringToFront();
      return page;
    },
    /** Loads the extension again from disk; resolves once `page` (one of its pages) has closed. */
    async reload(page: Page) {
      const closed = page.waitForEvent('close');
      expect(await load()).toBe(extensionId);
      await closed;
    },
    async close() {
      const exited = new Promise((resolve) => browserProcess.once('exit', resolve));
      await browser.close();
      browserProcess.kill();
      await exited;
    },
  };
}

for (const field of CASES) {
  test(`${field.name}: kept through an extension reload at 0 ms`, async () => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'mentor-up-reload-'));
    const browser = await launchReloadable(userDataDir);
    try {
      const text = `Typed into ${field.name} before the extension reloaded`;
      await browser.reload(await typeInto(field, browser.open, text));
      await expectKept(field, browser.open, text);
    } finally {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    }
  });
}
