/**
 * The walk behind the text and money rules keeps no paths until a finding
 * needs one; then every path must still be the right one, also where a YAML
 * alias puts the same list at two places.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintSource } from '../src/core/lint.js';
import { moneyFields, textFields } from '../src/core/rules/text-fields.js';
import { decodePointer } from '../src/core/spec/pointer.js';
import { fixture } from './helpers/paths.js';

const BASE = readFileSync(fixture('rules/base.campaign.yaml'), 'utf8');

function at(data: unknown, segments: readonly (string | number)[]): unknown {
  return segments.reduce<unknown>((node, s) => (node as Record<string | number, unknown>)[s], data);
}

describe('text and money fields', () => {
  it('give, for every text and amount, a path that leads to it, a pointer that matches, and the section it is in', () => {
    const data = parse(BASE) as object;
    const texts = textFields(data);
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) {
      expect(at(data, t.segments)).toBe(t.text);
      expect(decodePointer(t.pointer)).toEqual(t.segments.map(String));
      expect(t.section).toBe(String(t.segments[0]));
    }
    const money = moneyFields(data);
    expect(money.length).toBeGreaterThan(3);
    for (const m of money) expect(at(data, m.segments)).toMatchObject({ amount: m.amount, currency: m.currency });
  });

  it('skips ids, handles, links and other tokens', () => {
    const texts = textFields(parse(BASE) as object).map((t) => t.segments.at(-1));
    for (const key of ['id', 'email', 'handle', 'affiliate_url', 'promo_code']) expect(texts).not.toContain(key);
  });

  it('reports a vague phrase in an aliased list at the anchor and at the alias', async () => {
    const text = BASE.replace('messaging:\n  key_messages:\n', 'messaging:\n  key_messages: &messages\n')
      .replace('    - USD 149, launching 2027-03-08\n', '    - USD 149, launching 2027-03-08\n    - Sound that feels premium\n')
      .replace(/ {2}dos:\n(?: {4}- .*\n)+/, '  dos: *messages\n');
    expect(text).toContain('dos: *messages');
    const result = await lintSource('alias.campaign.yaml', new TextEncoder().encode(text), { today: '2027-01-15' });
    const vague = result.findings.filter((f) => f.ruleId === 'no-vague-terms').map((f) => [f.pointer, f.line, f.column]);
    expect(vague).toEqual([
      ['/messaging/key_messages/3', 158, 7],
      ['/messaging/dos/3', 183, 8],
    ]);
  });
});
