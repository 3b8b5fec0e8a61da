import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Lab checks start real containers; they get generous time but no retries.
    testTimeout: 30_000,
  },
});
