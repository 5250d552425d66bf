/**
 * The block reader answers for `yaml` on most reads: it places the findings of specs the schema accepts and of
 * specs it refuses (src/core/lint.ts), and reads answers files and specs to edit (src/commands/yaml-file.ts).
 * Here every spec in the repository that the schema refuses is linted both ways, and the reports must be the
 * same; test/block-yaml.test.ts holds the reader's data and positions to `yaml`'s on every YAML file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/lint.js';
import { readBlockYaml } from '../src/core/spec/block-yaml.js';
import { isValidCampaign } from '../src/core/validate/fast-check.js';
import { repoYamlFiles, ROOT } from './helpers/paths.js';

const SPECS = repoYamlFiles().filter((f) => f.endsWith('.campaign.yaml'));

describe('the fast and the exact path', () => {
  // Specs the schema accepts are compared on both paths by the rule tester and test/examples.test.ts.
  it('lint reports every spec in the repository that the schema refuses the same on the fast and the exact path', async () => {
    expect(SPECS.length).toBeGreaterThan(300);
    let refused = 0;
    for (const file of SPECS) {
      const bytes = readFileSync(file);
      const shown = relative(ROOT, file);
      const data = readBlockYaml(bytes.toString('utf8'));
      if (data === undefined || isValidCampaign(data)) continue;
      refused += 1;
      const fast = await lintSource(shown, bytes, { today: '2027-01-15' });
      expect(fast, shown).toEqual(await lintSource(shown, bytes, { today: '2027-01-15', exactOnly: true }));
    }
    // The bad-input corpus and the invalid fixtures.
    expect(refused).toBeGreaterThan(100);
  });

  it('read a number written as YAML 1.2 reads it, also where js-yaml reads the spec (0b11 is text, as `yaml` and editors read it)', async () => {
    const example = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
    // A folded scalar is outside the block reader's style, so the fast path reads the spec with js-yaml.
    const text = example.replace(/^ {2}internal_notes: .*$/m, '  internal_notes: >\n    Budget approved by the CMO\n    on 2027-01-12.').replace(/^( {4}count: )2$/m, '$10b11');
    expect(readBlockYaml(text)).toBeUndefined();
    const bytes = new TextEncoder().encode(text);
    const fast = await lintSource('p.campaign.yaml', bytes, { today: '2027-01-15' });
    expect(fast).toEqual(await lintSource('p.campaign.yaml', bytes, { today: '2027-01-15', exactOnly: true }));
    expect(fast.findings.map((f) => [f.ruleId, f.line])).toEqual([['schema', 213]]);
  });

  it('a key longer than the 1,024 characters YAML allows is a syntax error on both paths, also where js-yaml reads the spec', async () => {
    const example = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
    const text = example
      .replace(/^ {2}internal_notes: .*$/m, '  internal_notes: >\n    Budget approved by the CMO\n    on 2027-01-12.')
      .replace(/^( {4}handles:\n)/m, `$1      ${'k'.repeat(1100)}: "@x"\n`);
    expect(readBlockYaml(text)).toBeUndefined();
    const bytes = new TextEncoder().encode(text);
    const fast = await lintSource('p.campaign.yaml', bytes, { today: '2027-01-15' });
    expect(fast).toEqual(await lintSource('p.campaign.yaml', bytes, { today: '2027-01-15', exactOnly: true }));
    const line = text.split('\n').findIndex((l) => l.startsWith('      kkk')) + 1;
    expect(fast.findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml-syntax', line]]);
  });
});
