/**
 * The fix loop has no dead ends: every field a finding can name is either set
 * by an interview question, or changed with `kickoff --edit` (the hint kickoff
 * prints for it). Walked over every finding of the misaligned example and every
 * field of every example and preset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pathOf } from '../src/core/interview/edit.js';
import { Interview, questionForPath, type Ask } from '../src/core/interview/interview.js';
import { PRESET_NAMES, startingSpec } from '../src/core/interview/presets.js';
import { lintSource } from '../src/core/lint.js';
import { termsOf } from '../src/core/spec/provenance.js';
import { CLEAN_EXAMPLES, MISALIGNED_EXAMPLE, ROOT } from './helpers/paths.js';

const TODAY = '2027-01-15';
const keepAll = {
  async ask(q: Ask) {
    return q.kind === 'keep' ? q.entries.map((_, i) => i) : q.kind === 'more' ? false : q.current;
  },
};

/** How a person changes the field at `pointer` in `spec`: a question's label, or why it cannot be changed. */
function wayToChange(spec: Record<string, unknown>, pointer: string, interview?: Interview): string {
  const asked = interview?.questionFor(pointer);
  if (asked) return `question ${asked.label}`;
  const path = pathOf(pointer, spec);
  const { question, step } = questionForPath(path);
  const editor = new Interview({ preset: 'product-launch', spec, answered: {} }, keepAll, async () => {}, spec);
  return `--edit ${editor.valueAsk(question, path, step).label}`;
}

describe('the fix loop', () => {
  it('every finding of the misaligned example names a field a question sets or --edit changes', async () => {
    const text = readFileSync(join(ROOT, MISALIGNED_EXAMPLE), 'utf8');
    const spec = parse(text) as Record<string, unknown>;
    const findings = (await lintSource(MISALIGNED_EXAMPLE, new TextEncoder().encode(text), { today: TODAY })).findings.filter((f) => f.pointer !== '');
    expect(findings.length).toBeGreaterThan(10);
    const interview = new Interview({ preset: 'product-launch', spec: structuredClone(spec), answered: {} }, keepAll, async () => {}, spec);
    await interview.run();
    for (const f of findings) expect(() => wayToChange(spec, f.pointer, interview), `${f.ruleId} at ${f.pointer}`).not.toThrow();
  });

  it.each([...CLEAN_EXAMPLES, ...PRESET_NAMES])('every field of %s can be changed with kickoff --edit', (name) => {
    const spec = (name.endsWith('.yaml') ? parse(readFileSync(join(ROOT, name), 'utf8')) : startingSpec(name, TODAY)) as Record<string, unknown>;
    const dead = termsOf(spec).flatMap(([pointer]) => {
      try {
        wayToChange(spec, pointer);
        return [];
      } catch (error) {
        return [`${pointer}: ${(error as Error).message}`];
      }
    });
    expect(dead).toEqual([]);
  });
});
