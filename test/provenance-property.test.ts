/**
 * Provenance as a property (fast-check, fixed seed): from each preset, a random
 * partial answers file run with --defaults states exactly the values the file
 * gives. Every other term of the written spec is listed as assumed with its
 * value, and the spec lints with no error but the preset's stand-ins.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../src/cli/program.js';
import { PRESET_NAMES, startingSpec } from '../src/core/interview/presets.js';
import { lintSource } from '../src/core/lint.js';
import { decodePointer } from '../src/core/spec/pointer.js';
import { termsOf, valueAt } from '../src/core/spec/provenance.js';
import { memoryIo } from './helpers/memory-io.js';

const TODAY = '2026-11-22';
const RUNS_PER_PRESET = 20;

type Json = Record<string, unknown>;

/** The preset's shape with no values: every list of entries at full length, so an answers file keeps them all. */
function skeleton(node: unknown): unknown {
  if (Array.isArray(node)) return node.some((v) => v !== null && typeof v === 'object') ? node.map(skeleton) : undefined;
  if (node !== null && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      const inner = skeleton(v);
      if (inner !== undefined) out[k] = inner;
    }
    return out;
  }
  return undefined;
}

function setIn(root: Json, pointer: string, value: unknown): void {
  const path = decodePointer(pointer);
  let node: Record<string, unknown> = root;
  for (const segment of path.slice(0, -1)) node = (node[segment] ?? (node[segment] = {})) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

describe.each(PRESET_NAMES)('%s with a random partial answers file and --defaults', (preset) => {
  const start = startingSpec(preset, TODAY) as Json;
  // Terms an answers file may restate as they are; names and the window move other values with them.
  const candidates = termsOf(start)
    .map(([pointer]) => pointer)
    .filter((p) => !/\/(name|id|start|timezone|currency|markets|languages|creator|platform)$/.test(p) && !p.startsWith('/usage_rights/paid'));

  it(`states exactly what the file gives, lists the rest as assumed, and lints with no other errors (${RUNS_PER_PRESET} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(candidates, { maxLength: 25 }), async (chosen) => {
        const answers = skeleton(start) as Json;
        for (const pointer of chosen) {
          const at = valueAt(start, pointer);
          if (at.found) setIn(answers, pointer, at.value);
        }
        const dir = mkdtempSync(join(tmpdir(), 'alignkit-provenance-'));
        writeFileSync(join(dir, 'answers.yaml'), stringify(answers));
        const io = memoryIo({ cwd: dir, today: TODAY });
        const code = await main(['kickoff', '--answers', 'answers.yaml', '--defaults', '--preset', preset, '--out', 'c.campaign.yaml'], io);
        expect([0, 1], io.err()).toContain(code);
        const text = readFileSync(join(dir, 'c.campaign.yaml'), 'utf8');
        const written = parse(text) as Json;
        const assumed = (written.assumed ?? {}) as Json;
        for (const [pointer, value] of termsOf(written)) {
          const stated = chosen.some((c) => pointer === c || pointer.startsWith(`${c}/`));
          expect(Object.hasOwn(assumed, pointer), `${pointer} ${stated ? 'stated' : 'assumed'}`).toBe(!stated);
          if (!stated) expect(assumed[pointer]).toEqual(value);
        }
        const result = await lintSource('c.campaign.yaml', new TextEncoder().encode(text), { today: TODAY });
        const others = result.findings.filter((f) => f.severity === 'error' && f.ruleId !== 'no-placeholders' && f.ruleId !== 'assumptions-confirmed');
        expect(others.map((f) => `${f.ruleId} ${f.pointer}: ${f.message}`)).toEqual([]);
      }),
      { numRuns: RUNS_PER_PRESET, seed: 20261203 },
    );
  }, 120_000);
});
