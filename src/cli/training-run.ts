/**
 * The launcher writes a command's V8 code cache after the first run of a
 * build on a Node version, and the cache holds the code that run compiled.
 * When that run was `lint --help` or a file with a syntax error, every later
 * lint compiled the rest again (measured: 88 ms a lint instead of 62 on Node
 * 26). So before it writes the cache, the launcher has the command run once on
 * a bundled preset, output thrown away: the cache then holds what a typical
 * run needs, whatever the first run was.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installationRoot } from '../io/installation.js';
import type { Io } from '../io/process-io.js';
import { main } from './program.js';

/** A preset with stand-ins: findings, so the report and the placing of findings are trained too. */
const PRESET = ['templates', 'presets', 'product-launch.campaign.yaml'];
const TRAINING_DAY = '2027-01-15';

/**
 * The run each cached command is trained with, as a typical one: every document of a render, written to a
 * folder that is removed afterwards (a render trained on the agreement alone, written to standard output, left
 * a cache after a first `render --help` that made every later render compile the briefs' code and the
 * writing of files again: 8-10 ms a render; docs/performance.md). --force past the preset's stand-ins.
 */
const TRAINING_ARGS: Readonly<Record<string, (scratch: () => string) => readonly string[]>> = {
  lint: () => [],
  render: (scratch) => ['--out', scratch(), '--force'],
  calendar: () => ['--out', '-', '--force'],
};

export async function trainingRun(command: string): Promise<void> {
  const root = installationRoot();
  const argsFor = TRAINING_ARGS[command];
  if (root === undefined || argsFor === undefined || !existsSync(join(root, ...PRESET))) return;
  const silent = { write: () => true };
  // From the file system's root, so no configuration, ignore file or template of the user's project applies.
  const io: Io = { stdout: silent, stderr: silent, cwd: '/', env: {}, today: () => TRAINING_DAY, now: () => new Date(0), stdinIsTTY: false, readStdin: async () => new Uint8Array() };
  let folder: string | undefined;
  try {
    // node:os asked for here, not imported: an import would load it in every run of the program (0.3 ms).
    const temporary = () => join(mkdtempSync(join(process.getBuiltinModule('node:os').tmpdir(), 'alignkit-training-')), 'out');
    await main([command, join(root, ...PRESET), ...argsFor(() => (folder = temporary())), '--today', TRAINING_DAY], io);
  } finally {
    if (folder !== undefined) rmSync(dirname(folder), { recursive: true, force: true });
  }
}
