import path from 'node:path';

/**
 * What a built popup preloads, read off the build: the popup page's modulepreload links, and
 * the preload lists (`__vite__mapDeps([…])`) in its entry chunk and in the chunks that chunk
 * opens with (its dynamic imports). None should be there (build/popup-preload.ts): each one
 * found is a problem. `read` takes a path relative to the build folder.
 */
export function popupPreloadProblems(read: (file: string) => string, page = 'popup.html'): string[] {
  const html = read(page);
  const problems = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (match) => `${page} preloads ${match[1]}`,
  );
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) =>
    match[1]!.replace(/^\//, ''),
  );
  if (entries.length === 0) problems.push(`${page} loads no module script`);
  for (const entry of entries) {
    const code = read(entry);
    const opened = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) =>
      path.posix.join(path.posix.dirname(entry), match[1]!),
    );
    for (const file of [entry, ...opened]) {
      if (/__vite__mapDeps\(\[/.test(read(file))) problems.push(`${file} preloads what it imports`);
    }
  }
  return problems;
}

/** The modulepreload links of another page, to show the check sees them where they belong. */
export function preloadLinks(html: string): number {
  return [...html.matchAll(/<link\b[^>]*\brel="modulepreload"/g)].length;
}
