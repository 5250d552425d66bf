// Writes the V8 code caches next to the bundles in dist/ (see src/bin/alignkit.ts).
//
// V8 can serialise a script together with every function it has compiled so
// far. So each cache comes from running, through the launcher's own loader,
// the work it is meant to speed up on the bundled examples:
// - the program bundle gets one cache per command we promise a start-up time
//   for (lint, render, calendar), each trained in a process of its own, since
//   V8 would share compiled code between loaders in one process;
// - each chunk gets one cache, from a run of all of them plus the runs that load the rest
//   (a configuration file, a follow-up), so a normal run never needs to write one.
// It runs with this Node at `npm install` (prepare) time, so the caches fit
// the Node that runs alignkit. With another Node, V8 refuses them and alignkit
// compiles as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);
const { CACHED_COMMANDS, createBundleLoader, loadProgram, programCacheName, ZONE_TABLE_FILE } = require(join(DIST, 'bin', 'alignkit.js'));

const EXAMPLE = 'examples/product-launch.campaign.yaml';
/** Per command: [expected exit code, arguments]. The misaligned example has findings on purpose. */
const RUNS = {
  lint: (out) => [
    [0, ['lint', EXAMPLE, 'examples/ambassador-program.campaign.yaml']],
    [1, ['lint', 'examples/misaligned.campaign.yaml']],
  ],
  render: (out) => [[0, ['render', EXAMPLE, '--out', join(out, 'render')]]],
  calendar: (out) => [[0, ['calendar', EXAMPLE, '--out', join(out, 'calendar.ics')]]],
};

async function train(profile) {
  const out = mkdtempSync(join(tmpdir(), 'alignkit-code-cache-'));
  const silent = { write() {}, isTTY: false };
  const io = {
    stdout: silent,
    stderr: { write: (text) => process.stderr.write(text) },
    cwd: ROOT,
    env: { NO_COLOR: '1' },
    today: () => '2027-01-15',
    now: () => new Date('2027-01-15T12:00:00Z'),
    stdinIsTTY: false,
    readStdin: async () => new Uint8Array(),
    // As in a real run, so the caches hold the code that reads offsets from the table.
    zoneTable: () => (existsSync(join(DIST, ZONE_TABLE_FILE)) ? readFileSync(join(DIST, ZONE_TABLE_FILE), 'utf8') : undefined),
  };
  try {
    const loader = createBundleLoader(DIST, { readCodeCache: false });
    const { main } = loadProgram(loader, DIST);
    const commands = profile === 'chunks' ? CACHED_COMMANDS : [profile];
    const runs = commands.flatMap((command) => RUNS[command](out));
    if (profile === 'chunks') {
      // The chunks only some runs load: a configuration file's validator and the follow-up validator.
      writeFileSync(join(out, 'config.yaml'), 'extends: recommended\nrules:\n  no-vague-terms: warn\n');
      runs.push([0, ['lint', EXAMPLE, '--config', join(out, 'config.yaml')]]);
      runs.push([0, ['render', EXAMPLE, '--doc', 'followup', '--followup', 'examples/product-launch.2027-03-19.followup.yaml', '--out', join(out, 'followup')]]);
    }
    for (const [expected, argv] of runs) {
      const code = await main([...argv, '--today', '2027-01-15'], io);
      if (code !== expected) throw new Error(`alignkit ${argv.join(' ')} exited ${code}, expected ${expected}`);
    }
    for (const [file, { script, cacheFile }] of loader.loaded) {
      const isProgram = relative(DIST, file) === 'alignkit.cjs';
      if (isProgram !== (profile === 'chunks')) writeFileSync(isProgram ? join(DIST, programCacheName(profile)) : cacheFile, script.createCachedData());
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const profile = process.argv[2];
if (profile) {
  await train(profile);
} else {
  for (const p of [...CACHED_COMMANDS, 'chunks']) {
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, p], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
