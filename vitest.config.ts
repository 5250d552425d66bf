import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup/plain-env.ts'],
    // Vitest would use one worker on a 2-core machine (CPUs - 1); most files wait on spawned programs, so two
    // workers share the machine (with isolate: false below, the suite went from about 250 s to about 110 s).
    maxWorkers: 2,
    // The longest files first, also where vitest has no timings of an earlier run (a fresh clone, CI).
    sequence: { sequencer: SlowFirstSequencer },
    // Test files share a worker's modules instead of importing alignkit again for each of the 88 files
    // (25 s of imports in a run). Safe because no test mocks modules or changes the environment or working
    // directory, the one global a test sets (jsdom's window, for Mermaid) is removed after its file, and the
    // memo caches in src/ hold pure results. A test that needs more must undo it in afterAll.
    isolate: false,
    // The language-server and spawned end-to-end tests start other programs. The timeout only catches a hang:
    // a test that spawns a dozen runs takes about 10 s, and took 68-71 s once in CI on a machine at load 3.2,
    // which failed a correct build at 30 s. Speed is measured by `npm run bench`, never by a test.
    testTimeout: 180_000,
    // Runs of the built binary keep their code caches out of the user's own cache directory.
    env: { ALIGNKIT_CACHE_DIR: join(tmpdir(), 'alignkit-test-code-cache') },
  },
});
