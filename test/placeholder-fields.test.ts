/**
 * no-placeholders reads the preset stand-in fields by following their paths
 * instead of walking the whole spec; it must visit exactly the values a walk
 * would find in those fields, in every example and preset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forEachPlaceholderField, isPlaceholderField } from '../src/core/spec/placeholder-fields.js';
import { fixture, ROOT } from './helpers/paths.js';

const SPECS = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.campaign.yaml'))
    .map((f) => join(ROOT, 'examples', f)),
  ...readdirSync(join(ROOT, 'templates', 'presets')).map((f) => join(ROOT, 'templates', 'presets', f)),
  fixture('rules/base.campaign.yaml'),
].sort();

/** Every leaf of the data with its path, depth first. */
function leaves(node: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, [...path, i]));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  return [{ path, value: node }];
}

const byPath = (a: { path: (string | number)[] }, b: { path: (string | number)[] }) => (a.path.join('/') < b.path.join('/') ? -1 : 1);

describe('placeholder fields', () => {
  it.each(SPECS.map((f) => [f.slice(ROOT.length + 1)]))('%s: following the fields finds every value a whole walk finds in them, and nothing else', (file) => {
    const data = parse(readFileSync(join(ROOT, file), 'utf8'));
    const walked = leaves(data).filter((leaf) => isPlaceholderField(leaf.path));
    const followed: { path: (string | number)[]; value: unknown }[] = [];
    forEachPlaceholderField(data, (path, value) => followed.push({ path: [...path], value }));
    expect(followed.length).toBeGreaterThan(10);
    expect([...followed].sort(byPath)).toEqual(walked.sort(byPath));
  });

  it('are the preset fields, whatever the index or contact kind, and no other field', () => {
    for (const path of [
      ['campaign', 'product'],
      ['parties', 3, 'organisation'],
      ['parties', '3', 'name'],
      ['parties', 0, 'contact', 'email'],
      ['parties', 1, 'handles', 'tiktok'],
      ['messaging', 'key_messages', 2],
      ['messaging', 'claims', 0, 'substantiation'],
      ['messaging', 'mandatory', 4, 'value'],
      ['exclusivity', 0, 'competitors', 1],
      ['deliverables', 7, 'tracking', 'promo_code'],
    ])
      expect(isPlaceholderField(path), path.join('/')).toBe(true);
    for (const path of [
      ['campaign', 'name'],
      ['parties', 0, 'title'],
      ['parties', 'x', 'name'],
      ['parties', 0, 'contact', 'Email'],
      ['parties', 0, 'contact'],
      ['messaging', 'claims', 0, 'text', 'extra'],
      ['deliverables', 7, 'brief_notes'],
    ])
      expect(isPlaceholderField(path), path.join('/')).toBe(false);
  });
});
