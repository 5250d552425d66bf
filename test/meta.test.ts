/** Every rule is registered, named after its file, documented and tested. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/index.js';
import { RULE_CATEGORIES } from '../src/core/rules/types.js';
import { ROOT } from './helpers/paths.js';

const RULE_DIR = join(ROOT, 'src/core/rules');
const ruleFiles = readdirSync(RULE_DIR)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => /export const \w+: Rule = \{/.test(readFileSync(join(RULE_DIR, f), 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('has at least 30 rules covering every category', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(RULES.map((r) => r.category))).toEqual(new Set(RULE_CATEGORIES));
  });

  it('lists every rule file, sorted by id, with the id equal to the file name', () => {
    expect(RULES.map((r) => r.id)).toEqual([...ruleFiles].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented and tested', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(rule.description).toMatch(/^[A-Z].*\.$/);
    expect(rule.description).not.toContain('\n');
    expect(rule.rationale.length).toBeGreaterThan(60);
    expect(rule.docs.bad.trim()).not.toBe('');
    expect(rule.docs.good.trim()).not.toBe('');
    expect(existsSync(join(ROOT, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    expect(existsSync(join(ROOT, 'test/rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
  });
});
