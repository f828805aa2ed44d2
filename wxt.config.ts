import { defineConfig } from 'wxt';

/** Fixed add-on id, so Firefox keeps the same storage across updates. */
export const GECKO_ID = 'mentor-up@mentor-up.app';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Mentor Up',
    description:
      'Coaching, a change-stage tracker and private notes for junior employees who mentor senior colleagues.',
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage']
        : ['storage', 'unlimitedStorage', 'sidePanel'],
    action: { default_title: 'Mentor Up' },
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
});
