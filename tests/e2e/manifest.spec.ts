import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

// Everything either build may ask for. Anything more must be argued for here first.
const ALLOWED_PERMISSIONS = {
  'chrome-mv3': ['sidePanel', 'storage', 'unlimitedStorage'],
  'firefox-mv3': ['storage', 'unlimitedStorage'],
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
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts']) {
      expect(m[key], key).toBeUndefined();
    }
    expect(m.content_security_policy, 'the default CSP is kept').toBeUndefined();
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
