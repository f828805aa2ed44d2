import { config } from 'zod/v4/core';

/**
 * Zod compiles fast object validators with the Function constructor unless told not to, and probes for it
 * even then. Extension pages forbid that (their CSP has no 'unsafe-eval'), and a content
 * script's probe would be reported to the web page's CSP. Jitless zod validates the same way,
 * only without generating code. It must be set before any schema is built, as a schema decides
 * when it is made: so no module imports zod but through `utils/zod.ts` or `utils/zod-mini.ts`,
 * which load this first (a test checks).
 */
config({ jitless: true });
