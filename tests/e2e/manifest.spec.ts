import { access, readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CALL_HINTS_SCRIPT, CALL_HOST_ORIGINS } from '../../features/call-hints/call-hosts';

// Everything either build may ask for. Anything more must be argued for here first.
// contextMenus: "Save selection to Mentor Up". scripting: registers the call-page hint at run
// time, and only after the person granted the optional call hosts. alarms: times the opt-in
// reminders, which do nothing until turned on. activeTab (Firefox): a context-menu click's tab
// comes with its title only with it, for that tab and that click. None of them shows a warning.
const ALLOWED_PERMISSIONS = {
  'chrome-mv3': ['alarms', 'contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'],
  'firefox-mv3': ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
} as const;

// Showing reminders warns at install ("Display notifications"), so it is asked for only when a
// reminder is turned on.
const OPTIONAL_PERMISSIONS = ['notifications'];

// The call sites are optional: asked for when call-page hints are turned on, never at install.
const OPTIONAL_HOSTS = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
];

// The browsers' own shortcuts (Chrome, Edge, Firefox, ChromeOS) a default must not take.
const BROWSER_SHORTCUTS = new Set([
  'Alt+Shift+A',
  'Alt+Shift+B',
  'Alt+Shift+I',
  'Alt+Shift+L',
  'Alt+Shift+M',
  'Alt+Shift+N',
  'Alt+Shift+S',
  'Alt+Shift+T',
  'Ctrl+Shift+A',
  'Ctrl+Shift+B',
  'Ctrl+Shift+D',
  'Ctrl+Shift+E',
  'Ctrl+Shift+H',
  'Ctrl+Shift+I',
  'Ctrl+Shift+J',
  'Ctrl+Shift+K',
  'Ctrl+Shift+M',
  'Ctrl+Shift+N',
  'Ctrl+Shift+O',
  'Ctrl+Shift+P',
  'Ctrl+Shift+Q',
  'Ctrl+Shift+R',
  'Ctrl+Shift+S',
  'Ctrl+Shift+T',
  'Ctrl+Shift+U',
  'Ctrl+Shift+W',
  'Ctrl+Shift+X',
  'Ctrl+Shift+Y',
]);

const COMMANDS = {
  'chrome-mv3': ['_execute_action', 'open-side-panel'],
  'firefox-mv3': ['_execute_action', '_execute_sidebar_action'],
} as const;

async function manifest(build: keyof typeof ALLOWED_PERMISSIONS) {
  return JSON.parse(await readFile(`.output/${build}/manifest.json`, 'utf8')) as Record<string, unknown>;
}

for (const build of Object.keys(ALLOWED_PERMISSIONS) as (keyof typeof ALLOWED_PERMISSIONS)[]) {
  test(`${build} asks for no permission or host beyond the list`, async () => {
    const m = await manifest(build);
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Mentor Up');
    expect([...((m.permissions as string[] | undefined) ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS[build]]);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.optional_permissions).toEqual(OPTIONAL_PERMISSIONS);
    expect(CALL_HOST_ORIGINS, 'the hosts the options page asks for').toEqual(OPTIONAL_HOSTS);
    // Not listed in the manifest, but built where the background registers it from.
    await access(`.output/${build}/${CALL_HINTS_SCRIPT.file}`);
    for (const key of ['host_permissions', 'content_scripts']) {
      expect(m[key], key).toBeUndefined();
    }
    expect(m.content_security_policy, 'the extension pages’ own CSP').toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    });
  });
}

test('Chrome build has the side panel and no Firefox settings', async () => {
  const m = await manifest('chrome-mv3');
  expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(m.browser_specific_settings).toBeUndefined();
  expect(m.sidebar_action).toBeUndefined();
});

test('Firefox build has the sidebar, a fixed add-on id and declares no data collection', async () => {
  const m = await manifest('firefox-mv3');
  expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(m.side_panel).toBeUndefined();
  expect(m.browser_specific_settings).toEqual({
    gecko: {
      id: 'mentor-up@mentor-up.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
  });
});

for (const build of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
  test(`${build} has the keyboard commands, with defaults the browser does not use itself`, async () => {
    const commands = (await manifest(build)).commands as Record<string, { suggested_key?: { default?: string } }>;
    expect(Object.keys(commands).sort()).toEqual([...COMMANDS[build]]);
    const defaults = Object.values(commands).map((command) => command.suggested_key?.default ?? '');
    expect(new Set(defaults).size, 'each default is different').toBe(defaults.length);
    for (const key of defaults) {
      expect(key, 'Chrome needs Ctrl or Alt in a shortcut').toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
      expect(BROWSER_SHORTCUTS.has(key), `${key} is a browser shortcut`).toBe(false);
    }
  });
}
