import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The language-server and spawned end-to-end tests start other programs.
    testTimeout: 30_000,
  },
});
