import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { noDynamicCode } from './build/no-dynamic-code';
import { popupPreload } from './build/popup-preload';
import { CALL_HOST_ORIGINS } from './features/call-hints/call-hosts';
import { manifestCommands } from './features/commands/shortcuts';

/**
 * The extension pages' CSP, stricter than the browsers' default and written out so it does not
 * depend on it: scripts only from the package (no eval, no WebAssembly), no plugins, and no
 * `<base>` that could point relative URLs elsewhere.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

/** The background features' folder, as bundled module ids name it. */
const FEATURES_DIR = fileURLToPath(new URL('./features/', import.meta.url));

/** Fixed add-on id, so Firefox keeps the same storage across updates. */
export const GECKO_ID = 'mentor-up@mentor-up.app';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses, so no project export is a global.
  imports: false,
  // No string-to-code path ships in any bundle (see build/no-dynamic-code.ts).
  vite: () => {
    const preload = popupPreload();
    return {
      plugins: [noDynamicCode(), preload.plugin],
      // Dexie's own ES module build. The package's default entry wraps its UMD build (to share
      // one Dexie across require and import); every import here resolves to this one file.
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
      build: {
        // Importing a feature's module starts nothing (README: Background features), so a page
        // that takes one plain function from a feature's index gets that function, without the
        // feature's background code and what only that code imports.
        rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.startsWith(FEATURES_DIR) } },
        // No preload links in the popup (build/popup-preload.ts).
        modulePreload: {
          polyfill: false,
          resolveDependencies: preload.resolveDependencies,
        },
      },
    };
  },
  // Store packages: the extension zips carry only what the browser loads; the sources zip
  // Mozilla asks for carries what `npm ci && npm run build:firefox` needs, and no tests.
  zip: {
    exclude: ['**/*.map'],
    excludeSources: [
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'bench/**',
      'docs/**',
      'seed/**',
      '**/*.map',
      '**/*.log',
      '**/*.zip',
      'stats.html',
      'knip.jsonc',
    ],
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Mentor Up',
    description:
      'Coaching, a change-stage tracker and private notes for junior employees who mentor senior colleagues.',
    // `scripting` registers the call-page hint at run time, once its optional hosts are granted.
    // Firefox hands a context-menu click the tab's title only with `activeTab` (no warning; it
    // lasts for that tab, from that click), and a saved page link names its page by it.
    // `alarms` times the opt-in reminders (no warning); showing them as notifications is asked
    // for only when a reminder is turned on.
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'alarms']
        : ['storage', 'unlimitedStorage', 'sidePanel', 'contextMenus', 'scripting', 'alarms'],
    optional_permissions: ['notifications'],
    optional_host_permissions: CALL_HOST_ORIGINS,
    commands: manifestCommands(browser),
    action: { default_title: 'Mentor Up' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The call-hints script is registered at run time, so the manifest lists no content
    // script; WXT would otherwise leave an empty list behind.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
});
