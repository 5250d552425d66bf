/**
 * Before the suite: builds dist/ once (the end-to-end, pack and cross-Node
 * tests run the built binary, which must be the code under test, not the last
 * `npm run build`), and gives the run a temporary folder of its own, set as
 * TMPDIR for the test workers and every program they start. The tests make
 * their files under it (about 2,800 files and 110 MB a run), and the folder
 * goes when the suite ends, so runs do not pile up in the system's temporary
 * folder (this machine's had 43,000 folders and 13 GB of them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const script of ['scripts/clean-dist.mjs', 'scripts/bundle.mjs', 'scripts/make-executable.mjs']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const run = mkdtempSync(join(tmpdir(), 'alignkit-test-run-'));
  process.env.TMPDIR = run;
  return () => rmSync(run, { recursive: true, force: true });
}
