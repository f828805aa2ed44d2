import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_ALIAS, noDynamicCode, refuseDynamicCode } from '../../../build/no-dynamic-code';

const ZOD_ID = '/project/node_modules/zod/v4/core/util.js';

/** The plugin's hooks, called as Vite would call them for one build. */
function build(modules: Record<string, string>) {
  const plugin = noDynamicCode();
  const hooks = plugin as unknown as {
    buildStart: () => void;
    transform: (code: string, id: string) => { code: string } | null;
    buildEnd: (error?: Error) => void;
  };
  hooks.buildStart();
  const output = Object.fromEntries(
    Object.entries(modules).map(([id, code]) => [id, hooks.transform(code, id)?.code ?? code]),
  );
  return { output, end: (error?: Error) => hooks.buildEnd(error) };
}

describe('the build’s no-dynamic-code plugin', () => {
  it('finds the alias in the zod that is installed, and swaps every one', async () => {
    const zodCore = path.dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
    const util = await readFile(path.join(zodCore, 'util.js'), 'utf8');
    const { code, replaced } = refuseDynamicCode(util);
    expect(replaced).toBeGreaterThan(0);
    expect(code).not.toContain(FUNCTION_ALIAS);
    expect(code).not.toMatch(/=\s*Function\s*;/);
  });

  it.each([
    ['the exact statement', 'const F = Function;\nnew F("");', 1],
    ['two of them', 'const F = Function;\nconst F = Function;', 2],
    ['another name', 'const G = Function;', 0],
    ['other spacing', 'const F=Function;', 0],
    ['a longer name that ends the same', 'const FF = Function;', 0],
    ['no alias at all', 'export const x = 1;', 0],
  ])('swaps only the exact statement: %s', (_name, code, expected) => {
    expect(refuseDynamicCode(code).replaced).toBe(expected);
  });

  it('makes the swapped alias refuse, as zod does under a CSP', () => {
    const { code } = refuseDynamicCode('const F = Function;\nexport const make = () => new F("return 1");');
    expect(code).toContain('const F = mentorUpNoDynamicCode;');
    expect(code).toMatch(/^function mentorUpNoDynamicCode\(\) \{ throw new EvalError\(/);
  });

  it('fails the build when zod is loaded but no alias was swapped', () => {
    const { end } = build({ [ZOD_ID]: 'const F = globalThis.Function;', '/project/utils/a.ts': 'export {}' });
    expect(() => end()).toThrow(/none holds "const F = Function;"/);
  });

  it('passes a build that swapped the alias, leaving other modules alone', () => {
    const { output, end } = build({
      [ZOD_ID]: 'const F = Function;',
      '/project/utils/a.ts': 'const F = Function;',
    });
    expect(output[ZOD_ID]).toContain('const F = mentorUpNoDynamicCode;');
    expect(output['/project/utils/a.ts']).toBe('const F = Function;');
    expect(() => end()).not.toThrow();
  });

  it('passes a build with no zod in it, and leaves an already failed build to its own error', () => {
    expect(() => build({ '/project/utils/a.ts': 'export {}' }).end()).not.toThrow();
    expect(() => build({ [ZOD_ID]: 'export {}' }).end(new Error('earlier'))).not.toThrow();
  });
});
