import {defineConfig} from 'vitest/config';

/**
 * Tests that need a Docker engine or its Compose plugin: `npm run test:with-engine` runs them once,
 * with the lab checker's engine, after the build the site image test needs.
 */
const ENGINE_TESTS = ['tests/engine/**/*.test.ts', 'tests/lint/compose-config.test.ts', 'tests/lint/fixtures.test.ts'];

export default defineConfig({
  test: {
    // Lab checks start real containers; they get generous time but no retries.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // `npm run test:unit`: no engine needed.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // tests/data-app drives a running lab 05 stack: the lab checker runs it (tests/data-app/vitest.config.mts).
          exclude: ['tests/data-app/**', '**/node_modules/**', ...ENGINE_TESTS],
        },
      },
      {extends: true, test: {name: 'engine', include: ENGINE_TESTS}},
    ],
  },
});
