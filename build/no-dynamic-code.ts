import type { Plugin } from 'vite';

/**
 * Zod 4 holds the Function constructor in a local alias, to compile fast validators and to
 * probe whether it may. Jitless zod (utils/zod-config.ts) never reaches it, and an extension
 * page's CSP would block it anyway, but no path that turns strings into code should ship at
 * all: the stores review for it and Mentor Up promises no remote or generated code. This swaps
 * the alias, exactly as zod writes it, for a function that refuses, which is how zod behaves
 * under a CSP. Should a zod update write it differently, the build fails rather than ship it.
 */
export const FUNCTION_ALIAS = 'const F = Function;';
const REFUSING_ALIAS = 'const F = mentorUpNoDynamicCode;';
const REFUSE = `function mentorUpNoDynamicCode() { throw new EvalError('Code generation is disabled in Mentor Up.'); }\n`;
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;

/** A zod module with every Function alias swapped for the refusing one, and how many were. */
export function refuseDynamicCode(code: string): { code: string; replaced: number } {
  const parts = code.split(FUNCTION_ALIAS);
  const replaced = parts.length - 1;
  return { code: replaced ? REFUSE + parts.join(REFUSING_ALIAS) : code, replaced };
}

export function noDynamicCode(): Plugin {
  let zodModules = 0;
  let replaced = 0;
  return {
    name: 'mentor-up:no-dynamic-code',
    enforce: 'pre',
    buildStart() {
      zodModules = 0;
      replaced = 0;
    },
    transform(code, id) {
      if (!ZOD_MODULE.test(id)) return null;
      zodModules += 1;
      const result = refuseDynamicCode(code);
      replaced += result.replaced;
      return result.replaced ? { code: result.code, map: null } : null;
    },
    buildEnd(error) {
      // A build with no zod in it has nothing to swap; one with zod must have swapped something.
      if (error || zodModules === 0 || replaced > 0) return;
      throw new Error(
        `mentor-up:no-dynamic-code: ${zodModules} zod modules were loaded but none holds "${FUNCTION_ALIAS}". ` +
          'Zod now reaches the Function constructor some other way: update build/no-dynamic-code.ts to match it.',
      );
    },
  };
}
