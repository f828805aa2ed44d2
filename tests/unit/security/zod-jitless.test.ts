import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { productSourceFiles } from './product-source';
import { config } from 'zod/v4/core';

// Zod must never make code from strings (extension pages forbid it), and it decides whether to
// when a schema is built: so it is set up once, in leaf modules every import goes through.
const LEAF_MODULES = ['utils/zod-config.ts', 'utils/zod-mini.ts', 'utils/zod.ts'];

/** A value import of zod or any of its paths; `import type` only names types and runs nothing. */
const ZOD_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]zod(?:\/[^'"]*)?['"]/m;

/** Stands in for the Function constructor, as an extension page's CSP would: it refuses. */
function refusingFunction(made: string[]) {
  const refuse = (args: unknown[]) => {
    made.push(args.map(String).join(', '));
    throw new EvalError('Code generation from strings is disallowed by the page’s CSP.');
  };
  return new Proxy(Function, {
    construct: (_target, args) => refuse(args),
    apply: (_target, _this, args) => refuse(args),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('zod without code generation', () => {
  it('is imported only through the leaf modules that set it up', async () => {
    const direct: string[] = [];
    for (const file of await productSourceFiles()) {
      const relative = path.relative(process.cwd(), file);
      if (!LEAF_MODULES.includes(relative) && ZOD_IMPORT.test(await readFile(file, 'utf8'))) direct.push(relative);
    }
    expect(direct).toEqual([]);
  });

  /** The setting off again and the product's modules unloaded, so the next import sets it anew. */
  function freshZod() {
    vi.resetModules();
    config({ jitless: false });
  }

  it.each([
    ['utils/zod', () => import('../../../utils/zod')],
    ['utils/zod-mini', () => import('../../../utils/zod-mini')],
  ])('%s turns code generation off as it loads', async (_name, load) => {
    freshZod();
    const { z } = await load();
    expect(z.config().jitless).toBe(true);
  });

  it('validates objects without ever asking for the Function constructor', async () => {
    freshZod();
    const made: string[] = [];
    vi.stubGlobal('Function', refusingFunction(made));

    const { z } = await import('../../../utils/zod');
    const schema = z.object({ name: z.string(), count: z.number(), tags: z.array(z.string()) });
    expect(schema.parse({ name: 'Pat', count: 2, tags: ['a'] })).toEqual({ name: 'Pat', count: 2, tags: ['a'] });
    expect(schema.safeParse({ name: 3 }).success).toBe(false);
    expect(made, 'no code was asked for').toEqual([]);
  });
});
