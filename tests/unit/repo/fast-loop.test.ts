import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

// The fast loop (`npm run check`) runs before every commit: a hook in .githooks/, which
// `npm install` makes git use.

const run = promisify(execFile);
const packageJson = JSON.parse(await readFile(path.resolve('package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

it('check is the type check, the lint step and the unit tests', () => {
  expect(packageJson.scripts.check).toBe('npm run typecheck && npm run lint && npm run test:unit');
  expect(packageJson.scripts.lint).toMatch(/^oxlint .* && knip /);
});

it('the pre-commit hook runs check, and stops the commit when it fails', async () => {
  const hook = path.resolve('.githooks/pre-commit');
  expect((await stat(hook)).mode & 0o111).not.toBe(0);
  expect(await readFile(hook, 'utf8')).toMatch(/^exec npm run --silent check$/m);

  // The hook itself, run where `npm run check` fails and where it passes.
  const folder = await mkdtemp(path.join(tmpdir(), 'mentor-up-hook-'));
  try {
    await writeFile(path.join(folder, 'package.json'), JSON.stringify({ scripts: { check: 'exit 3' } }));
    await expect(run(hook, [], { cwd: folder })).rejects.toMatchObject({ code: 3 });
    await writeFile(path.join(folder, 'package.json'), JSON.stringify({ scripts: { check: 'exit 0' } }));
    await expect(run(hook, [], { cwd: folder })).resolves.toBeDefined();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

it('npm install points git at the hooks, without failing outside a git checkout', () => {
  expect(packageJson.scripts.postinstall).toBe(
    'wxt prepare && (git config core.hooksPath .githooks 2>/dev/null || true)',
  );
});
