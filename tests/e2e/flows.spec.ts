import { FLOWS } from '../flows';
import { PlaywrightExtension } from '../flows/playwright-driver';
import { expect, test } from './fixtures';

// The main flows described once in tests/flows/, run here in Chromium; the Firefox suite runs
// the same list (tests/firefox/flows.spec.ts).

for (const flow of FLOWS) {
  test(flow.title, async ({ context, extensionId }) => {
    if (flow.timeoutMs) test.setTimeout(flow.timeoutMs);
    const browser = new PlaywrightExtension(context, extensionId);
    try {
      await flow.run(browser);
      expect(browser.pageErrors()).toEqual([]);
    } finally {
      await browser.close();
    }
  });
}
