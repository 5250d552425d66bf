import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The language-server and spawned end-to-end tests start other programs.
    testTimeout: 30_000,
    // Runs of the built binary keep their code caches out of the user's own cache directory.
    env: { ALIGNKIT_CACHE_DIR: join(tmpdir(), 'alignkit-test-code-cache') },
  },
});
