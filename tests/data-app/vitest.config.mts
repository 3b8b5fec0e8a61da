import {defineConfig} from 'vitest/config';

// The suites that drive a running lab 05 stack; the lab checker's compose check runs them with
// the stack up (labs/05-data-app/lab.ts). They share one stack, so they run one at a time.
export default defineConfig({
  test: {
    include: ['tests/data-app/**/*.test.ts'],
    fileParallelism: false,
    sequence: {concurrent: false},
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
