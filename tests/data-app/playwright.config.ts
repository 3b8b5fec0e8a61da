import {defineConfig, devices} from '@playwright/test';
import {chromiumArgs, systemChromium} from '../../lib/chromium';

// The browser test of lab 05's front end: run by the lab checker's compose check with the stack
// up (labs/05-data-app/lab.ts), against nginx on APP_PORT. No web server of its own.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  retries: 0,
  // A focused test (`.only`) would leave the rest of the suite unrun: refused in CI.
  forbidOnly: !!process.env.CI,
  workers: 1,
  reporter: 'list',
  outputDir: '../../build/data-app-playwright',
  use: {
    baseURL: `http://127.0.0.1:${process.env.APP_PORT ?? 'APP_PORT-is-not-set'}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {name: 'chromium', use: {...devices['Desktop Chrome'], launchOptions: {executablePath: systemChromium, args: [...chromiumArgs]}}},
  ],
});
