import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // These drive a running lab 05 stack: the lab checker runs them (tests/data-app/vitest.config.mts).
    exclude: ['tests/data-app/**', '**/node_modules/**'],
    // Lab checks start real containers; they get generous time but no retries.
    testTimeout: 30_000,
  },
});
