/** The published schema: annotations everywhere, closed objects, examples that validate. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formats } from '../src/core/validate/formats.js';

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
});
