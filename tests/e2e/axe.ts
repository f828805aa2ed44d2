import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_SCRIPT = path.resolve('node_modules/axe-core/axe.min.js');

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** One serious or critical axe-core finding, in a form that reads well in a failed test. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  where: string[];
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
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      where: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
}
