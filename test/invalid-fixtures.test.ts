/**
 * Every file in test/fixtures/invalid ends with `# expect: <rule> <line>:<col>`
 * comments (written by test/fixtures/tools/make-invalid.py from text positions,
 * not from alignkit). Each must produce exactly those findings, on both the fast
 * and the exact path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/lint.js';
import { fixture } from './helpers/paths.js';

const files = readdirSync(fixture('invalid'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function expectations(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/^# expect: (\S+ \d+:\d+)$/gm)].map((m) => m[1]!).sort();
}

describe('invalid fixtures', () => {
  it('has at least 40 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s', async (name) => {
    const bytes = readFileSync(fixture('invalid', name));
    const expected = expectations(bytes);
    expect(expected.length).toBeGreaterThan(0);
    for (const exactOnly of [false, true]) {
      const result = await lintSource(name, bytes, { exactOnly });
      const actual = result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`).sort();
      expect(actual, `exactOnly=${exactOnly}`).toEqual(expected);
      for (const f of result.findings) {
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.message).not.toMatch(/\n/);
        expect(f.severity).toBe('error');
      }
    }
  });
});
