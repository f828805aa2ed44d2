import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The gzip size of all JavaScript an entry loads before it can run: its scripts, its
 * modulepreload links, every chunk those import statically, and the entry's opening imports
 * (below). Other dynamic imports load on first use, later, and are listed apart.
 */

/**
 * Entries whose own module imports the app dynamically as it opens, before it is usable, so
 * what it imports counts as its own code: the popup draws its note box first (popup-shell.js)
 * and then imports the app. Read off the entry's chunk; an entry with none fails loudly.
 */
const OPENS_WITH_DYNAMIC_IMPORTS = new Set(['popup']);

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// Bundled chunks start with their static imports: `import{a as b}from"./x.js";import"./y.js";`
const LEADING_IMPORT = /^\s*import\s*(?:[^"';]*?\bfrom\s*)?["']([^"']+)["']\s*;?/;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** @param {string} code */
function staticImports(code) {
  const found = [];
  let rest = code
    .replace(/^(?:\s*\/\*[\s\S]*?\*\/|\s*\/\/[^\n]*\n)*/, '')
    // Vite's list of what a dynamic import preloads comes first in a chunk that has one.
    .replace(/^const __vite__mapDeps=[^\n]*?=>i\.map\(i=>d\[i\]\);/, '');
  for (let match = LEADING_IMPORT.exec(rest); match; match = LEADING_IMPORT.exec(rest)) {
    found.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return found;
}

/**
 * Files reachable from the given roots by static imports, roots included.
 * @param {string} root
 * @param {string[]} entries
 * @returns {{ files: string[], dynamic: string[] }}
 */
function staticGraph(root, entries) {
  const seen = new Set();
  const dynamic = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(path.posix.join(path.posix.dirname(file), spec));
    for (const match of code.matchAll(DYNAMIC_IMPORT)) dynamic.add(path.posix.join(path.posix.dirname(file), match[1]));
  }
  return { files: [...seen], dynamic: [...dynamic].filter((file) => !seen.has(file)) };
}

function htmlEntries(root, html) {
  const text = readFileSync(path.join(root, html), 'utf8');
  const urls = [...text.matchAll(SCRIPT_SRC), ...text.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  return urls.map((url) => url.replace(/^\//, ''));
}

function sizeOf(root, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
}

const round = (value) => Math.round(value * 10) / 10;

/**
 * @param {string} root a built extension folder, e.g. `.output/chrome-mv3`
 * @returns {Record<string, { rawKB: number, gzipKB: number, files: string[], lazyFiles: string[] }>}
 */
export function entrySizes(root) {
  const result = {};
  const htmlFiles = readdirSync(root).filter((file) => file.endsWith('.html') && !file.startsWith('bench-'));
  const roots = [
    ...htmlFiles.map((html) => [html.replace(/\.html$/, ''), htmlEntries(root, html)]),
    ...(existsSync(path.join(root, 'background.js')) ? [['background', ['background.js']]] : []),
  ];
  for (const [name, entries] of roots) {
    let { files, dynamic } = staticGraph(root, entries);
    if (OPENS_WITH_DYNAMIC_IMPORTS.has(name)) {
      const opened = entries
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) =>
          [...readFileSync(path.join(root, file), 'utf8').matchAll(DYNAMIC_IMPORT)].map((match) =>
            path.posix.join(path.posix.dirname(file), match[1]),
          ),
        );
      if (!opened.length) throw new Error(`${name}: its entry chunk imports nothing as it opens`);
      ({ files, dynamic } = staticGraph(root, [...files, ...opened]));
    }
    result[name] = { ...sizeOf(root, files), files: files.sort(), lazyFiles: dynamic.sort() };
  }
  return result;
}
