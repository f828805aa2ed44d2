import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Runs over the built extension (`npm run build` first): what ships, not what the source says.
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

/** Ways code can be made from a string at run time, in source or minified form. */
const DYNAMIC_CODE = [
  { what: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function', pattern: /\bnew\s+Function\b/ },
  { what: 'Function(…) called directly', pattern: /(?<![\w$.])Function\s*\(/ },
  { what: 'an alias of the Function constructor', pattern: /[=:,(]\s*Function\s*[;,)}]/ },
  { what: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

for (const build of BUILDS) {
  const root = path.resolve('.output', build);

  test(`${build}: no bundle makes code from strings`, async () => {
    const scripts = (await filesOf(root)).filter((file) => /\.m?js$/.test(file));
    expect(scripts.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const file of scripts) {
      const code = await readFile(file, 'utf8');
      for (const { what, pattern } of DYNAMIC_CODE) {
        const match = pattern.exec(code);
        if (match) {
          const at = match.index;
          found.push(`${path.relative(root, file)}: ${what} in …${code.slice(Math.max(0, at - 40), at + 40)}…`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test(`${build}: zod is told to run jitless in every script that carries its compiler`, async () => {
    const scripts = (await filesOf(root)).filter((file) => /\.m?js$/.test(file));
    const carriers: string[] = [];
    const unset: string[] = [];
    for (const file of scripts) {
      const code = await readFile(file, 'utf8');
      // Zod's object schema reads the setting as it is built; the setting itself is a config call.
      if (!/[\w$]\.jitless\b/.test(code)) continue;
      carriers.push(path.relative(root, file));
      if (!/\(\{\s*jitless\s*:\s*(?:!0|true)\s*\}\)/.test(code)) unset.push(path.relative(root, file));
    }
    expect(unset, 'scripts that carry zod but never set it jitless').toEqual([]);
    expect(carriers.length, 'zod is in the build').toBeGreaterThan(0);
  });

  test(`${build}: pages load only the extension's own scripts, under a CSP that allows no other`, async () => {
    const pages = (await filesOf(root)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const html = await readFile(page, 'utf8');
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(body!.trim(), `${page}: no inline script`).toBe('');
        expect(attributes, `${page}: no remote script`).not.toMatch(/src=["']?(?:https?:)?\/\//);
      }
    }
    const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    });
  });
}
