/**
 * Imports only point down: bin → cli → commands → (io, terminal, reporters)
 * → core. Inside the core, the schedule, documents, calendar and diff read
 * the model, never a rule file, so a rule can change without moving them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

const SRC = join(ROOT, 'src');

/** Each layer and the layers it may import (its own always allowed). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  reporters: ['core'],
  io: ['core'],
  terminal: ['core', 'io'],
  commands: ['core', 'io', 'terminal', 'reporters'],
  cli: ['core', 'io', 'terminal', 'reporters', 'commands'],
  bin: ['core', 'io', 'cli'],
  entry: ['core'],
  // The schema's source (build time): reads the model's vocabulary and the rule ids.
  schema: ['core'],
};

function layerOf(file: string): string {
  // The JSON Schemas in schemas/ are data the core reads.
  if (relative(SRC, file).startsWith('..')) return 'core';
  const [top, ...rest] = relative(SRC, file).split('/');
  if (rest.length === 0) return file.endsWith('ajv.ts') ? 'entry' : 'core'; // errors.ts, version.ts: shared by all
  if (top === 'generated') return 'core';
  return top!;
}

/** Parts of the core that must not import rules: they work from the model. */
const CORE_WITHOUT_RULES = ['core/schedule/', 'core/render/', 'core/calendar/', 'core/diff/', 'core/spec/', 'core/time/', 'core/validate/', 'core/interview/', 'core/signoff/'];

function imports(): { from: string; to: string }[] {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
  return files.flatMap((from) => [...readFileSync(from, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({ from, to: resolve(dirname(from), m[1]!).replace(/\.js$/, '.ts') })));
}

describe('layers', () => {
  it('every import points down', () => {
    const upward = imports()
      .filter(({ from, to }) => layerOf(from) !== layerOf(to) && !ALLOWED[layerOf(from)]!.includes(layerOf(to)))
      .map(({ from, to }) => `${relative(SRC, from)} (${layerOf(from)}) imports ${relative(SRC, to)} (${layerOf(to)})`);
    expect(upward).toEqual([]);
  });

  it('the schedule, documents, calendar, diff and model never import a rule file', () => {
    const intoRules = imports()
      .filter(({ from, to }) => CORE_WITHOUT_RULES.some((dir) => relative(SRC, from).startsWith(dir)) && relative(SRC, to).startsWith('core/rules/'))
      .map(({ from, to }) => `${relative(SRC, from)} imports ${relative(SRC, to)}`);
    expect(intoRules).toEqual([]);
  });

  it('knows every folder under src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => (e.name === 'generated' ? 'core' : e.name));
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });
});
