/**
 * Builds dist/ once before the suite: the end-to-end, pack and cross-Node
 * tests run the built binary, which must be the code under test, not the
 * last `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const script of ['scripts/clean-dist.mjs', 'scripts/bundle.mjs', 'scripts/make-executable.mjs']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
