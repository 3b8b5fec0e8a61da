import {defineConfig, devices} from '@playwright/test';
import {chromiumArgs, systemChromium} from './lib/chromium';

const port = Number(process.env.SITE_PORT ?? 4173);
// Another build folder than build/ (`docusaurus build --out-dir DIR`), so two builds can be tested side by side.
const siteDir = process.env.SITE_DIR ?? 'build';
const launchOptions = {executablePath: systemChromium, args: [...chromiumArgs]};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The JSON report gives npm test its closing list of skipped tests (scripts/run-tests.ts).
  reporter: [
    ['list'],
    ['json', {outputFile: 'test-reports/playwright.json'}],
    ...(process.env.CI ? [['html', {open: 'never'}] as const] : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome'], launchOptions}}],
  // The tests run against the production build, served the way a static host would serve it.
  webServer: {
    command: `npx tsx scripts/serve.ts --dir ${siteDir} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
