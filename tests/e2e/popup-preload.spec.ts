import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { popupPreloadProblems, preloadLinks } from './popup-preload';

// Runs over the built extension (`npm run build` first). The popup's note box waits on one
// storage read; preloads would fetch the app's chunks ahead of it (build/popup-preload.ts).

for (const build of ['chrome-mv3', 'firefox-mv3'] as const) {
  const root = path.resolve('.output', build);
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

  test(`${build}: the popup preloads nothing, the side panel and options pages preload their chunks`, () => {
    expect(popupPreloadProblems(read)).toEqual([]);
    expect(preloadLinks(read('sidepanel.html'))).toBeGreaterThan(0);
    expect(preloadLinks(read('options.html'))).toBeGreaterThan(0);
    // The same check finds the side panel's own preloads: it would see them in the popup.
    expect(popupPreloadProblems(read, 'sidepanel.html').length).toBeGreaterThan(0);
  });
}

const POPUP_HTML = '<head><script type="module" crossorigin src="/chunks/popup-a1.js"></script></head>';
const fixture = (files: Record<string, string>) => (file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error(`no ${file} in the fixture`);
  return text;
};

test.describe('the popup preload check, on fixtures that break it', () => {
  test('a clean popup passes', () => {
    const read = fixture({
      'popup.html': POPUP_HTML,
      'chunks/popup-a1.js': 'await e(async()=>{await import(`./start-app-b2.js`)},[]);',
      'chunks/start-app-b2.js': 'C(()=>import(`./PopupTip-c3.js`),[])',
    });
    expect(popupPreloadProblems(read)).toEqual([]);
  });

  test('a modulepreload link in the popup page is found', () => {
    const read = fixture({
      'popup.html': `${POPUP_HTML}<link rel="modulepreload" crossorigin href="/chunks/storage-d4.js">`,
      'chunks/popup-a1.js': '',
    });
    expect(popupPreloadProblems(read)).toEqual(['popup.html preloads /chunks/storage-d4.js']);
  });

  test('a preload list in the chunk the popup opens with is found, whatever it is named', () => {
    const read = fixture({
      'popup.html': POPUP_HTML,
      'chunks/popup-a1.js': 'await e(async()=>{await import(`./renamed-app-b2.js`)},[]);',
      'chunks/renamed-app-b2.js': 'C(()=>import(`./PopupTip-c3.js`),__vite__mapDeps([0,1]))',
    });
    expect(popupPreloadProblems(read)).toEqual(['chunks/renamed-app-b2.js preloads what it imports']);
  });
});
