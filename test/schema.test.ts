/** The published schema: annotations everywhere, closed objects, examples that validate. */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formats } from '../src/core/validate/formats.js';
import { didYouMean, flowYaml } from '../src/core/validate/schema.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/campaign.schema.json', import.meta.url), 'utf8'));

interface Visit {
  path: string;
  node: Record<string, unknown>;
}

function properties(node: Record<string, unknown>, path: string, out: Visit[]): void {
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, child] of Object.entries(props ?? {})) {
    out.push({ path: `${path}/${name}`, node: child });
    properties(child, `${path}/${name}`, out);
    const items = child.items as Record<string, unknown> | undefined;
    if (items) properties(items, `${path}/${name}[]`, out);
  }
}

const all: Visit[] = [];
properties(schema, '', all);
for (const [name, def] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>)) properties(def, `#${name}`, all);

describe('campaign schema', () => {
  it('is draft-07 with an $id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('has many properties to check', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it.each(all.map((v) => [v.path, v.node]))('%s has title, description and examples', (_path, node) => {
    expect(typeof node.title).toBe('string');
    expect(typeof node.description).toBe('string');
    expect(Array.isArray(node.examples) && (node.examples as unknown[]).length > 0).toBe(true);
  });

  it('closes every object with known fields', () => {
    const open = all.filter((v) => v.node.properties && v.node.additionalProperties !== false).map((v) => v.path);
    expect(open).toEqual([]);
  });

  it('every property example is valid against its own schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
    const invalid: string[] = [];
    for (const { path, node } of all) {
      const validate = ajv.compile({ ...node, definitions: schema.definitions });
      for (const example of node.examples as unknown[]) {
        // Lists of objects use [] as a placeholder example; the entry schema carries the real one.
        if (Array.isArray(example) && example.length === 0) continue;
        // Object examples show a few fields, not every required one; everything they show must be valid.
        if (!validate(example) && validate.errors!.some((e) => e.keyword !== 'required')) {
          invalid.push(`${path}: ${JSON.stringify(example)}`);
        }
      }
    }
    expect(invalid).toEqual([]);
  });

  it('shows every example in findings as YAML that reads back as the example (the yaml package reads it)', () => {
    const misread: string[] = [];
    for (const { path, node } of all) {
      for (const example of node.examples as unknown[]) {
        const shown = flowYaml(example);
        // A finding shows the example after "e.g." inside a sentence: as the value of a key it must mean the example.
        if (JSON.stringify(parse(`value: ${shown}`).value) !== JSON.stringify(example)) misread.push(`${path}: ${shown}`);
      }
    }
    expect(misread).toEqual([]);
    expect(flowYaml(['Setting, music, tone and edit'])).toBe('["Setting, music, tone and edit"]');
    expect(flowYaml({ labels: ['#ad'], placements: ['caption_first_line'] })).toBe('{labels: ["#ad"], placements: [caption_first_line]}');
    expect(flowYaml({ at: '2027-03-12T18:00 America/New_York', pct: 50, ok: true })).toBe('{at: 2027-03-12T18:00 America/New_York, pct: 50, ok: true}');
    // Words a YAML 1.1 reader takes for booleans are quoted, as kickoff quotes them in the specs it writes.
    expect(flowYaml(['y', 'No', 'on', '12', '1e3', 'text'])).toBe('["y", "No", "on", "12", "1e3", text]');
  });
});

describe('didYouMean', () => {
  it('suggests the name a typo comes from, and nothing for an input that shares too little with any name', () => {
    expect(didYouMean('campaign:', ['campaign', 'parties'])).toBe('campaign');
    expect(didYouMean('tiktokk', ['tiktok', 'instagram'])).toBe('tiktok');
    expect(didYouMean('Creative Autonomy', ['creative_autonomy', 'compensation'])).toBe('creative_autonomy');
    expect(didYouMean('0', ['id', 'name'])).toBeUndefined();
    expect(didYouMean('zz', ['id'])).toBeUndefined();
    expect(didYouMean('gadgets', ['consumer_electronics', 'beauty'])).toBeUndefined();
  });

  it('picks what a full edit-distance comparison with every candidate picks (it stops comparing early)', () => {
    const distance = (a: string, b: string): number => {
      const row = Array.from({ length: b.length + 1 }, (_, i) => i);
      for (let i = 1; i <= a.length; i++) {
        let previous = row[0]!;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
          const current = row[j]!;
          row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
          previous = current;
        }
      }
      return row[b.length]!;
    };
    const reference = (input: string, candidates: string[]): string | undefined => {
      const needle = input.toLowerCase().replace(/[\s-]/g, '_');
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const c of candidates) {
        const d = distance(needle, c.toLowerCase());
        if (d < bestDistance) [best, bestDistance] = [c, d];
      }
      return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) && bestDistance < needle.length ? best : undefined;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', '-', ' ', 'D'), maxLength: 24 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (input, candidates) => didYouMean(input, candidates) === reference(input, candidates)),
      { seed: 20271207, numRuns: 5000 },
    );
  });
});
