import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/lint.js';
import { EXAMPLES, fixture } from './helpers/paths.js';

describe('bundled examples', () => {
  it('there are at least three', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(EXAMPLES.map((p) => [basename(p), p]))('%s lints clean under the recommended rules on both paths', async (_name, path) => {
    const bytes = readFileSync(path);
    for (const exactOnly of [false, true]) {
      const result = await lintSource(path, bytes, { exactOnly, today: '2027-01-15' });
      // Waived findings are allowed (the B2B example shows one); nothing else is.
      expect(result.findings.filter((f) => !f.suppressions)).toEqual([]);
      expect([result.errorCount, result.warningCount]).toEqual([0, 0]);
    }
  });

  it('the minimal fixture passes the schema on both paths', async () => {
    const path = fixture('minimal.campaign.yaml');
    for (const exactOnly of [false, true]) {
      expect((await lintSource(path, readFileSync(path), { exactOnly, rules: [] })).findings).toEqual([]);
    }
  });

  it.each(EXAMPLES.map((p) => [basename(p), p]))('%s starts with the schema modeline', (_name, path) => {
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/campaign.schema.json');
  });

  it('together they use every top-level section of the schema', async () => {
    const { parse } = await import('yaml');
    const schema = JSON.parse(readFileSync(new URL('../schemas/campaign.schema.json', import.meta.url), 'utf8')) as { properties: object };
    const used = new Set(EXAMPLES.flatMap((p) => Object.keys(parse(readFileSync(p, 'utf8')) as object)));
    // `assumed` lists terms nobody stated: the examples are finished specs, stated throughout.
    expect(Object.keys(schema.properties).filter((k) => !used.has(k) && k !== 'assumed')).toEqual([]);
  });

  it('cover a regulated category and parties on three continents', async () => {
    const { parse } = await import('yaml');
    const specs = EXAMPLES.map((p) => parse(readFileSync(p, 'utf8')) as { campaign: { category: string }; parties: { timezone: string }[] });
    expect(specs.some((s) => ['alcohol', 'financial_promotion', 'gambling'].includes(s.campaign.category))).toBe(true);
    expect(specs.some((s) => new Set(s.parties.map((p) => p.timezone.split('/')[0])).size >= 3)).toBe(true);
  });
});
