// Compares alignkit builds on one command, interleaved round by round, so that this machine's drift (its
// timings move by 5-30 % within minutes) hits every build alike. docs/performance.md's with/without figures
// are taken this way.
//
//   node scripts/compare-builds.mjs [--rounds 21] [--node <path>] <build> <build> [...] -- <alignkit arguments>
//
// A build is a folder holding dist/, schemas/, templates/ and package.json, as npm installs alignkit; make one
// from a checkout with `npm run build && mkdir /tmp/a && cp -r dist schemas templates package.json /tmp/a`.
// Each build gets a code-cache folder of its own, made by two warm-up rounds, so caches never mix. Prints the
// median wall time and the median and highest peak RSS (from /usr/bin/time) of each build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
if (dashes < 0) {
  console.error('usage: node scripts/compare-builds.mjs [--rounds 21] [--node <path>] <build> <build> [...] -- <alignkit arguments>');
  process.exit(2);
}
const options = { rounds: 21, node: process.execPath };
const builds = [];
for (let i = 0; i < dashes; i += 1) {
  if (argv[i] === '--rounds') options.rounds = Number(argv[(i += 1)]);
  else if (argv[i] === '--node') options.node = argv[(i += 1)];
  else builds.push(resolve(argv[i]));
}
const args = argv.slice(dashes + 1);
for (const build of builds) {
  if (!existsSync(join(build, 'dist', 'bin', 'alignkit.js'))) {
    console.error(`compare-builds: ${build} has no dist/bin/alignkit.js`);
    process.exit(2);
  }
}
if (builds.length < 2 || !(options.rounds > 0)) {
  console.error('compare-builds: give at least two builds and a positive --rounds');
  process.exit(2);
}

const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const runs = builds.map((build) => ({ build, cache: mkdtempSync(join(tmpdir(), 'alignkit-compare-')), ms: [], rss: [] }));
for (let round = 0; round < options.rounds + 2; round += 1) {
  for (const run of runs) {
    const command = [options.node, join(run.build, 'dist', 'bin', 'alignkit.js'), ...args];
    const start = process.hrtime.bigint();
    const result = timeCommand
      ? spawnSync(timeCommand, ['-f', '%M', ...command], { encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: run.cache, NO_COLOR: '1' } })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: run.cache, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status === null || result.status > 1) {
      console.error(`compare-builds: ${run.build} exited ${result.status}: ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
      process.exit(2);
    }
    if (round < 2) continue; // warm-up: fills the file cache and writes this build's code caches
    run.ms.push(ms);
    if (timeCommand) run.rss.push(Number(result.stderr.trim().split('\n').pop()) / 1024);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${options.rounds} rounds, ${spawnSync(options.node, ['--version'], { encoding: 'utf8' }).stdout.trim()}: alignkit ${args.join(' ')}`);
for (const run of runs) {
  const rss = run.rss.length > 0 ? `, peak RSS ${median(run.rss).toFixed(1)} MiB (at most ${Math.max(...run.rss).toFixed(1)})` : '';
  console.log(`  ${run.build}: ${median(run.ms).toFixed(1)} ms${rss}`);
}
