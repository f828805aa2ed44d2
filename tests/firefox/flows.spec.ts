import { expect, test } from '@playwright/test';
import { FLOWS } from '../flows';
import { FirefoxExtension } from '../flows/firefox-driver';

// The main flows, as the Chromium suite runs them (tests/e2e/flows.spec.ts), in firefox-esr
// with the Firefox build: the popup, sidebar and options pages opened as extension pages.

let firefox: FirefoxExtension | undefined;

test.afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

for (const flow of FLOWS) {
  test(`Firefox: ${flow.title}`, async () => {
    // The suite's own limit (playwright.config.ts) unless the flow asks for more.
    if (flow.timeoutMs) test.setTimeout(Math.max(flow.timeoutMs, test.info().timeout));
    firefox = await FirefoxExtension.launch();
    await flow.run(firefox);
    expect(firefox.pageErrors()).toEqual([]);
  });
}
