import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from './scripts/chromium';

/**
 * Where the production build is and which port serves it: overridable so that several people (or
 * agents) can test their own builds side by side, e.g. E2E_DIST=/tmp/mine E2E_PORT=4300.
 */
const distDir = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4173);

// Without a browser, one line and a stop: every test failing on a missing executable says nothing more.
const browserPath = findBrowser();
if (!browserPath) {
  process.stderr.write(`${HOW_TO_GET_A_BROWSER}\n`);
  process.exit(1);
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // In CI a failed test runs once more, so that the report tells a flake from a steady failure;
  // and a test that passed only on that retry fails the run (the list reporter names it under
  // "flaky"): a flake hides a race or a speed budget, and a green run would bury it (issue #26).
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: browserPath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  // The production build, served statically, as a user's copy would be.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
