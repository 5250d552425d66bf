/**
 * The fast path's js-yaml reads with YAML 1.2's core schema as `yaml` resolves it
 * (src/core/spec/yaml12-schema.ts): here both read every plain scalar of up to four number characters, and
 * the special words, and must agree on every one, type and value (minus zero and NaN included).
 */
import * as jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yaml12CoreSchema } from '../src/core/spec/yaml12-schema.js';
import { numberLikeScalars } from './helpers/number-scalars.js';

const schema = yaml12CoreSchema(jsYaml);
describe('YAML 1.2 core schema for js-yaml', () => {
  it('reads every plain scalar of up to four number characters as `yaml` does (exhaustive, 54,000 scalars)', () => {
    const wrong: string[] = [];
    let compared = 0;
    for (const scalar of numberLikeScalars()) {
      const exact = parseDocument(`k: ${scalar}\n`);
      if (exact.errors.length > 0) continue;
      let fast: unknown;
      try {
        fast = (jsYaml.load(`k: ${scalar}\n`, { schema }) as { k: unknown }).k;
      } catch {
        wrong.push(`${scalar}: js-yaml refuses what yaml reads`);
        continue;
      }
      compared += 1;
      const expected = (exact.toJS() as { k: unknown }).k;
      if (!Object.is(fast, expected)) wrong.push(`${scalar}: ${String(fast)} (${typeof fast}) vs ${String(expected)} (${typeof expected})`);
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
  });
});
