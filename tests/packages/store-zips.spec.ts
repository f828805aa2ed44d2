import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { extractZip, zipEntries } from './read-zip';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (suffix: string) => path.resolve('.output', `${name}-${version}-${suffix}.zip`);

/** Every file under a folder, relative to it, with forward slashes. */
function filesUnder(root: string, skip: (relative: string) => boolean = () => false): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !skip(relative))
    .sort();
}

// Never in any package: maps, dependencies, hidden files (.env, .git…), build output, tests, logs.
const NEVER = [
  /\.map$/,
  /(^|\/)node_modules\//,
  /(^|\/)\.[^/]/,
  /(^|\/)\.output\//,
  /(^|\/)(tests?|__tests__|test-results|playwright-report)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /\.(log|zip)$/,
];
const stray = (entries: string[], allowed: (entry: string) => boolean) =>
  entries.filter((entry) => NEVER.some((pattern) => pattern.test(entry)) || !allowed(entry));

// What a browser loads from a built extension.
const LOADABLE = /^(manifest\.json|[\w-]+\.html|[\w/.-]+\.(js|css|png|svg|json|woff2))$/;

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the ${browser} zip holds exactly the ${browser} build and nothing stray`, async () => {
    const file = zipPath(browser);
    expect(existsSync(file), `${file} is missing: run \`npm run zip\` first`).toBe(true);
    const entries = (await zipEntries(file)).sort();
    expect(entries).toContain('manifest.json');
    expect(
      stray(entries, (entry) => LOADABLE.test(entry)),
      'stray files',
    ).toEqual([]);
    expect(entries).toEqual(filesUnder(`.output/${browser}-mv3`, (f) => f.endsWith('.map')));
  });
}

// Top-level files and folders a reviewer needs to rebuild the Firefox package from source.
const SOURCE_ROOTS = [
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'assets',
  'build',
  'components',
  'content',
  'db',
  'entrypoints',
  'features',
  'public',
  'utils',
];
const isSourceFile = (entry: string) => SOURCE_ROOTS.includes(entry.split('/')[0] ?? '');

test('the sources zip holds what the Firefox build needs and nothing stray', async () => {
  const file = zipPath('sources');
  expect(existsSync(file), `${file} is missing: run \`npm run zip\` first`).toBe(true);
  const entries = (await zipEntries(file)).sort();

  for (const needed of ['README.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json']) {
    expect(entries, needed).toContain(needed);
  }
  expect(
    stray(entries, isSourceFile),
    'stray files: exclude them in wxt.config.ts (zip.excludeSources), or add a folder the build needs to SOURCE_ROOTS',
  ).toEqual([]);

  // That nothing the build needs was left out is proven by rebuilding from it (next test).
  expect(entries).toContain('entrypoints/popup/index.html');
});

test('the Firefox build made from the sources zip is byte for byte the one in the Firefox zip', async () => {
  test.setTimeout(120_000);
  const unpacked = await mkdtemp(path.join(tmpdir(), 'mentor-up-sources-'));
  const shipped = await mkdtemp(path.join(tmpdir(), 'mentor-up-firefox-'));
  try {
    await extractZip(zipPath('sources'), unpacked);
    await extractZip(zipPath('firefox'), shipped);
    // The dependencies a reviewer would get from `npm ci`, without fetching them again.
    await symlink(path.resolve('node_modules'), path.join(unpacked, 'node_modules'), 'dir');
    await promisify(execFile)(path.resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: unpacked });

    // Vite's output is deterministic, so any difference means the sources zip is not what the
    // package was built from (or a source file was saved while `npm run zip` ran: run it again).
    const rebuilt = path.join(unpacked, '.output/firefox-mv3');
    const files = filesUnder(shipped);
    expect(filesUnder(rebuilt)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(shipped, file))),
    );
    expect(differing, 'files that differ when built from the sources zip').toEqual([]);
  } finally {
    await rm(unpacked, { recursive: true, force: true });
    await rm(shipped, { recursive: true, force: true });
  }
});
