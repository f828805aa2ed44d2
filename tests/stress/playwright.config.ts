import { defineConfig } from '@playwright/test';

// The first-run stress loop: many fresh browser profiles, one after another (`npm run build` first).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/stress',
  workers: 1,
  retries: 0,
  timeout: 600_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  forbidOnly: true,
});
