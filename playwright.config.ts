import { defineConfig, devices } from '@playwright/test';
import { systemChromiumPath } from './scripts/browser-path.mjs';

// ROLEPLAN_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.ROLEPLAN_PORT ?? 4321);
const executablePath = systemChromiumPath();

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // axe on a long page takes over 30 s when both cores are busy.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace for every test costs a quarter of the suite's time on two cores; a failing
    // test is retried in CI with its trace recorded (locally: `npx playwright test --trace on`).
    trace: 'on-first-retry',
    // The offline service worker would answer requests from its caches; only test/e2e/offline.spec.ts,
    // which is about it, lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium when present; otherwise Playwright's own browser (a laptop).
        launchOptions: executablePath ? { executablePath } : {},
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${PORT} --host 127.0.0.1 --force`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
