import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import type { AxeFinding } from '../flows/driver';
import { AXE_SCRIPT, seriousOnly } from '../flows/axe-source';

export type { AxeFinding };

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** Runs axe-core on the page as it is now; returns only serious and critical findings. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    // Extension pages forbid inline scripts (script-src 'self'), so a script tag is refused;
    // evaluating the source through the debugging protocol is not subject to the page's CSP.
    await page.evaluate(await readFile(AXE_SCRIPT, 'utf8'));
  }
  const results = await page.evaluate<Pick<AxeResults, 'violations'>>(async () => {
    if (!window.axe) throw new Error('axe-core did not load into the page.');
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return { violations };
  });
  return seriousOnly(results.violations);
}
