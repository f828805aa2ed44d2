import type { Plugin } from 'vite';

/**
 * Zod 4 compiles fast validators with `new Function` when it can, after probing for it. An
 * extension page's default CSP blocks that anyway (zod then falls back to plain validation),
 * but no code path that turns strings into code should ship at all: the stores review for
 * it and Mentor Up promises no remote or generated code. This swaps zod's alias of the
 * `Function` constructor for one that refuses, which is exactly how zod behaves under CSP.
 */
const FUNCTION_ALIAS = /=\s*Function\s*;/g;
const REFUSE = `function mentorUpNoDynamicCode() { throw new EvalError('Code generation is disabled in Mentor Up.'); }\n`;

export function noDynamicCode(): Plugin {
  return {
    name: 'mentor-up:no-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !FUNCTION_ALIAS.test(code)) return null;
      FUNCTION_ALIAS.lastIndex = 0;
      return { code: REFUSE + code.replace(FUNCTION_ALIAS, '= mentorUpNoDynamicCode;'), map: null };
    },
  };
}
