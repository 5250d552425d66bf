/** A few runs of the built binary, as a user or CI runs it (`npm install` builds dist/). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');

function alignkit(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('built binary', () => {
  it('lints the examples clean (exit 0)', () => {
    expect(alignkit(['lint', ...CLEAN_EXAMPLES, '--today', '2027-01-15'])).toEqual({ code: 0, out: '✔ 3 files checked, no problems; 1 waived\n', err: '' });
  });

  it('reports findings with file:line:col (exit 1)', () => {
    const r = alignkit(['lint', 'test/fixtures/invalid/unknown-platform.campaign.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('test/fixtures/invalid/unknown-platform.campaign.yaml\n  54:15  error');
  });

  it('gives usage errors one line and exit 2, never a stack trace', () => {
    const r = alignkit(['lint', '--format', 'nope', 'examples']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('reads standard input', () => {
    const r = alignkit(['lint', '-', '--stdin-filename', 'in.campaign.yaml', '-f', 'json'], 'kind: Campaign\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].file).toBe('in.campaign.yaml');
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(alignkit(['--version']).out).toBe(`${pkg.version}\n`);
  });

  it('writes a report file atomically with -o (the bundle runs write-file-atomic)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    const r = alignkit(['lint', join(ROOT, 'examples/product-launch.campaign.yaml'), '--today', '2027-01-15', '-f', 'json', '-o', 'report.json'], undefined, dir);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).errorCount).toBe(0);
  });

  it('renders the documents of an example and its follow-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-e2e-'));
    const r = alignkit(['render', join(ROOT, 'examples/product-launch.campaign.yaml'), '--today', '2027-01-15', '--followup', join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml')], undefined, dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(readdirSync(join(dir, 'out/nova-buds-pro-launch')).sort()).toEqual(['agreement.md', 'brief-jon-reyes.md', 'brief-maya-chen.md', 'brief-priya-nair.md', 'followup-2027-03-19.md']);
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/brief-maya-chen.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/render/product-launch/brief-maya-chen.md'), 'utf8'));
  });

  it('writes the calendar to standard output', () => {
    const r = alignkit(['calendar', 'examples/product-launch.campaign.yaml', '--today', '2027-01-15', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(ROOT, 'test/golden/calendar/product-launch.ics'), 'utf8'));
  });

  it.each(['lint', 'render', 'calendar', 'rules', 'explain'])('has --help with examples for %s', (command) => {
    const r = alignkit([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
  });
});
