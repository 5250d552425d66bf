/** Committed generated files must equal a fresh generation (run `npm run generate`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../scripts/generate-lib.js';
import { ROOT } from './helpers/paths.js';

describe('generated artifacts are fresh', async () => {
  const artifacts = await buildArtifacts();
  it.each(Object.keys(artifacts))('%s', (path) => {
    expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run generate`).toBe(artifacts[path]);
  });
});

describe('the fast validator', () => {
  const keywords = (name: string): unknown[] => {
    const found: unknown[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === name && typeof value !== 'object') found.push(value);
          else collect(value);
        }
      }
    };
    collect(JSON.parse(readFileSync(join(ROOT, 'schemas/campaign.schema.json'), 'utf8')));
    return found;
  };

  it('only has ASCII patterns, where its non-unicode regular expressions match exactly what the unicode ones do', () => {
    const patterns = keywords('pattern') as string[];
    expect(patterns.length).toBeGreaterThan(5);
    // No code point above ASCII, no \p{…} classes, no \u{…} escapes.
    for (const pattern of patterns) expect(pattern, pattern).toMatch(/^(?:(?!\\[pPu])[\x20-\x7E])+$/);
  });
});
