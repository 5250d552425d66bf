/** The hand-written documents pass markdownlint with the project's configuration, like the generated ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownlintProblems } from './helpers/markdown-oracle.js';
import { ROOT } from './helpers/paths.js';

describe('documentation', () => {
  it.each(['README.md', 'CHANGELOG.md', 'docs/spec.md', 'docs/followup.md', 'docs/wrap.md', 'docs/incident.md', 'docs/performance.md', 'docs/rules/signoff-not-stale.md'])(
    '%s is markdownlint clean',
    async (file) => {
      expect(await markdownlintProblems(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
    },
  );

  it('README states the number of rules the registry has', async () => {
    const { RULES } = await import('../src/core/rules/index.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect([...readme.matchAll(/\b(\d+) semantic rules\b/g)].map((m) => Number(m[1]))).toEqual([RULES.length]);
  });

  it('README has a section for every command', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const command of ['kickoff', 'lint', 'render', 'calendar', 'sign', 'status', 'diff', 'checkin', 'rules', 'explain', 'schema']) {
      expect(readme, command).toMatch(new RegExp(`^##.*\`alignkit ${command}\``, 'm'));
    }
  });
});
