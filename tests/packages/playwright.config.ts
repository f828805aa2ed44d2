import { defineConfig } from '@playwright/test';

// Checks the store packages `npm run zip` wrote to .output/; no browser is started.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/packages',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  forbidOnly: true,
});
