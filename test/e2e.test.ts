/** A few runs of the built binary, as a user or CI runs it (`npm install` builds dist/). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { CLEAN_EXAMPLES, ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');

function alignkit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
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
});
