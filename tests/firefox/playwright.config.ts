import { defineConfig } from '@playwright/test';

// Firefox checks drive Debian's firefox-esr through puppeteer-core (WebDriver BiDi); the test
// runner is only used for its reporting and time limits. Needs `npm run build` first.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/firefox',
  workers: 1,
  retries: 0,
  // Generous: beside the Chromium suite on two cores, a long flow in Firefox takes up to half a minute.
  timeout: 120_000,
  // Polls read Firefox's accessibility tree over BiDi, a little slower than Playwright's own.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
});
