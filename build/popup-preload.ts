import type { Plugin } from 'vite';

/**
 * Preload links let a page fetch all its chunks at once, except in the popup: there they
 * would load the app's chunks while the early note box waits on its one storage read
 * (measured: ready to type ≈ 10 ms later with them). Which chunks are the popup's is read off
 * the build, not off chunk names: those whose entry module lives in entrypoints/popup/, and the
 * popup's page itself. Both browsers support modulepreload.
 */

const POPUP_SOURCE = /(^|[\\/])entrypoints[\\/]popup[\\/]/;

export function popupPreload() {
  const popupChunks = new Set<string>();
  const plugin: Plugin = {
    name: 'mentor-up:popup-preload',
    buildStart() {
      popupChunks.clear();
    },
    // Read as the bundle is complete, before Vite writes the preload lists (its own
    // generateBundle, which runs after every 'pre' one).
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.facadeModuleId && POPUP_SOURCE.test(chunk.facadeModuleId))
            popupChunks.add(chunk.fileName);
        }
      },
    },
  };
  /** Vite's `build.modulePreload.resolveDependencies`: none for the popup, every one elsewhere. */
  const resolveDependencies = (_file: string, deps: string[], { hostId }: { hostId: string }) =>
    POPUP_SOURCE.test(hostId) || popupChunks.has(hostId) ? [] : deps;
  return { plugin, resolveDependencies };
}
