/**
 * `yaml` runs out of stack on very deep nesting at a point that depends on the machine and on how warm its
 * code is; alignkit refuses such files first, at a place that depends on the text alone.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/lint.js';
import { MAX_NESTING, parseYaml } from '../src/core/spec/yaml-document.js';

const flow = (depth: number) => `apiVersion: alignkit/v2\nkind: Campaign\ncampaign: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
const block = (depth: number) => `apiVersion: alignkit/v2\nkind: Campaign\ncampaign:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`;

describe('nesting deeper than yaml can compose', () => {
  it('is refused at the bracket that reaches the limit, the same every time and on every path', async () => {
    const text = flow(2000);
    const expected = { ruleId: 'yaml-unsupported', line: 3, column: 11 + MAX_NESTING - 1, endLine: 3, endColumn: 11 + MAX_NESTING };
    expect(parseYaml(text).problems).toEqual([expect.objectContaining(expected)]);
    for (const exactOnly of [false, true, false, true]) {
      const result = await lintSource('deep.campaign.yaml', new TextEncoder().encode(text), { exactOnly });
      expect(result.findings.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }))).toEqual([expected]);
    }
  });

  it('is refused at the line indented that deep in block collections', () => {
    const problems = parseYaml(block(MAX_NESTING + 5)).problems;
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'yaml-unsupported', line: 3 + MAX_NESTING, column: MAX_NESTING + 1 })]);
  });

  it('leaves nesting just under the limit to yaml, which reads it', () => {
    expect(parseYaml(flow(MAX_NESTING - 1)).problems).toEqual([]);
    expect(parseYaml(block(MAX_NESTING - 2)).problems).toEqual([]);
  });

  it('does not count brackets inside quoted text', () => {
    const text = `apiVersion: alignkit/v2\nkind: Campaign\nnotes: "${'['.repeat(MAX_NESTING + 10)}"\n`;
    expect(parseYaml(text).problems).toEqual([]);
  });
});
