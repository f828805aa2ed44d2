import { config } from 'zod/v4/core';

/**
 * Zod compiles fast object validators with the Function constructor, after probing whether it
 * may. Extension pages forbid that (their CSP has no 'unsafe-eval'), and a content script's
 * probe would be reported to the web page's CSP. Jitless zod neither probes nor compiles, and
 * validates the same way. A schema reads the setting when it is built, so no module imports
 * zod but through `utils/zod.ts` or `utils/zod-mini.ts`, which load this first (a test checks).
 */
config({ jitless: true });
