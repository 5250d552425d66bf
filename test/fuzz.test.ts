/**
 * Property-based tests with fixed seeds (fast-check): random spec-shaped
 * documents, random YAML-like text and random bytes go through lint (and
 * render, when they lint clean) and never crash; every finding has a real
 * position. More than 10,000 cases a run in total (FUZZ_RUNS below).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { parse } from 'yaml';
import { readsBackAsItself } from '../src/core/interview/spec-yaml.js';
import { lintSource } from '../src/core/lint.js';
import { BARE_TIME, MAY_HOLD_TIME } from '../src/core/rules/times-have-time-zones.js';
import { schemaProblems } from '../src/core/validate/campaign-schema.js';
import { isValidCampaign } from '../src/core/validate/fast-check.js';
import { campaignEvents } from '../src/core/calendar/events.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import { fixture } from './helpers/paths.js';
import { RENDER_TODAY, renderSpec } from './helpers/render.js';

/** The strings the quick check decides alone (plain words and sentences), to see that it decided enough of them. */
const PLAIN_TEXT_PROBE = (text: string) => /^[A-Za-z][A-Za-z0-9 ,.'()/-]*$/.test(text) && !/\s$/.test(text);

const SEED = Number(process.env.FUZZ_SEED ?? 72027);
const BASE = readFileSync(fixture('rules/base.campaign.yaml'), 'utf8');
const DATA = parse(BASE) as Record<string, unknown>;

/** Cases per property; the total is reported in README "Reliability". */
const FUZZ_RUNS = { mutatedSpecs: Number(process.env.FUZZ_SPECS ?? 500), schedules: 400, yamlLikeText: 6000, randomBytes: 4000, validators: 4000, timeTexts: 20000, yamlStrings: 10000 } as const;

type Path = (string | number)[];

function paths(node: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(node)) return [...here, ...node.flatMap((item, i) => paths(item, [...path, i]))];
  if (node !== null && typeof node === 'object') return [...here, ...Object.entries(node).flatMap(([k, v]) => paths(v, [...path, k]))];
  return here;
}
const PATHS = paths(DATA).filter((p) => p.length > 0);

/** The same spec with the schedule fields the base does not use: a recurrence, a co-creator, an approver's working week and holidays. */
const SCHEDULES = (() => {
  const data = structuredClone(DATA) as { deliverables: Record<string, unknown>[]; parties: Record<string, unknown>[] };
  Object.assign(data.deliverables[1]!, { count: 2, recurrence: { frequency: 'monthly', occurrences: 2, day: 'second_wednesday' }, co_creators: ['priya-nair'] });
  Object.assign(data.parties.find((p) => p.id === 'ines-alvarez')!, {
    working_hours: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '08:00', end: '20:00' },
    holidays: 'US',
  });
  return data as unknown as Record<string, unknown>;
})();
const SCHEDULE_PATHS = paths(SCHEDULES).filter((p) => p.length > 0);

type Mutation = { path: number; op: 'set' | 'delete' | 'duplicate'; value: unknown };

/** Applies one mutation to `data` in place; a path that no longer exists (an earlier mutation removed it) is skipped. */
function mutateInPlace(data: unknown, mutation: Mutation, within: readonly Path[]): void {
  const path = within[mutation.path % within.length]!;
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (!(last in parent)) return;
  if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (mutation.op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
  else parent[last] = structuredClone(mutation.value);
}

/**
 * The base documents as JSON text, to copy from: parsing it is several times faster than structuredClone, and
 * the copying was half of the validator property's time. Only for plain data that JSON carries unchanged.
 */
const jsonOf = new Map<unknown, string>();
function copyOf(data: unknown): unknown {
  let json = jsonOf.get(data);
  if (json === undefined) {
    json = JSON.stringify(data);
    if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error('the base document is not plain JSON data');
    jsonOf.set(data, json);
  }
  return JSON.parse(json);
}

/** A copy of `data` with the mutations applied one after the other (one copy per case, not one per mutation). */
function mutated(data: unknown, mutations: readonly Mutation[], within: readonly Path[] = PATHS): unknown {
  const copy = copyOf(data);
  for (const m of mutations) mutateInPlace(copy, m, within);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'duplicate') as fc.Arbitrary<Mutation['op']>,
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('2027-02-30', '2027-03-14T02:30 America/New_York', '05:30', 'nobody', '__proto__', '', 'tiktok', 'USD', -1, 0, 1e9, true)),
});

function expectPositions(findings: { line: number; column: number; message: string }[]): void {
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message).not.toMatch(/\n/);
  }
}

describe('fuzz', () => {
  it(`random edits of a spec: lint never crashes, and what lints clean renders (${FUZZ_RUNS.mutatedSpecs} cases)`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const data = mutated(DATA, mutations);
        const text = dump(data, { lineWidth: -1 });
        const result = await lintSource('fuzz.campaign.yaml', new TextEncoder().encode(text), { today: RENDER_TODAY });
        expectPositions(result.findings);
        if (result.errorCount === 0 && rendered < 150) {
          rendered += 1;
          for (const document of renderSpec(data as CampaignSpec, 'fuzz.campaign.yaml', result.findings)) expect(document.content.length).toBeGreaterThan(100);
        }
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.mutatedSpecs },
    );
    // About a tenth of the seeded edits leave a spec without errors; the point is that a good number render.
    expect(rendered).toBeGreaterThanOrEqual(15);
  }, 120_000);

  it(`random edits of recurrences, co-creators and working weeks: lint never crashes, and a spec the schema accepts renders and has a calendar, findings and all (${FUZZ_RUNS.schedules} cases)`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const data = mutated(SCHEDULES, mutations, SCHEDULE_PATHS);
        const result = await lintSource('fuzz.campaign.yaml', new TextEncoder().encode(dump(data, { lineWidth: -1 })), { today: RENDER_TODAY });
        expectPositions(result.findings);
        // As render --force and calendar --force do: a spec the schema accepts is rendered, its findings with it.
        if (result.findings.some((f) => f.ruleId === 'schema' || f.ruleId.startsWith('yaml') || f.ruleId === 'file-read')) return;
        rendered += 1;
        for (const document of renderSpec(data as CampaignSpec, 'fuzz.campaign.yaml', result.findings)) expect(document.content.length).toBeGreaterThan(100);
        expect(campaignEvents(data as CampaignSpec).length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.schedules },
    );
    // Most random edits break the schema; a seeded run renders about one in fifteen.
    expect(rendered).toBeGreaterThanOrEqual(15);
  }, 120_000);

  it(`YAML-like text: lint never crashes and every finding has a position (${FUZZ_RUNS.yamlLikeText} cases)`, async () => {
    const token = fc.constantFrom(
      'apiVersion: alignkit/v1\n',
      'kind: Campaign\n',
      'campaign:\n',
      '  id: x\n',
      '- ',
      ': ',
      '  ',
      '\n',
      '\t',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '&a ',
      '*a',
      '!!str ',
      '? ',
      '|\n',
      '>-\n',
      '#',
      '---\n',
      '...\n',
      '%YAML 1.2\n',
      '\u0000',
      '\ufeff',
      '\r\n',
      'é',
      '😀',
      'parties:\n  - id: a\n',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), async (tokens) => {
        const result = await lintSource('fuzz.campaign.yaml', new TextEncoder().encode(tokens.join('')), {});
        expectPositions(result.findings);
        expect(result.errorCount).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.yamlLikeText },
    );
  }, 120_000);

  it(`random bytes: lint never crashes (${FUZZ_RUNS.randomBytes} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await lintSource('fuzz.campaign.yaml', bytes, {});
        expectPositions(result.findings);
        expect(result.errorCount).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.randomBytes },
    );
  }, 120_000);
});

describe('fast paths agree with the slow ones they stand in for', () => {
  it(`the yes/no validator of clean files accepts exactly what the explaining validator accepts (${FUZZ_RUNS.validators} cases)`, () => {
    let rejected = 0;
    // Besides the edits above: a key no schema knows, added to a random object.
    const unknownKey = fc.record({ path: fc.nat(), name: fc.constantFrom('notes', 'extra', 'id2', 'x-custom', 'constructor'), value: fc.jsonValue({ maxDepth: 1 }) });
    // In place: `data` is already this case's own copy.
    const addUnknownKey = (data: unknown, { path, name, value }: { path: number; name: string; value: unknown }): unknown => {
      let node: unknown = data;
      for (const key of PATHS[path % PATHS.length]!) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
      if (node !== null && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>)[name] = value;
      return data;
    };
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), fc.option(unknownKey), (mutations, extra) => {
        const edited = mutated(DATA, mutations);
        const data = extra ? addUnknownKey(edited, extra) : edited;
        const valid = isValidCampaign(data);
        if (!valid) rejected += 1;
        expect(valid).toBe(schemaProblems(data).length === 0);
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.validators },
    );
    // Both outcomes must be well represented for the agreement to mean anything.
    expect(rejected).toBeGreaterThan(FUZZ_RUNS.validators / 4);
    expect(rejected).toBeLessThan(FUZZ_RUNS.validators * 0.95);
  }, 120_000);

  it(`kickoff quotes every string a YAML 1.1 reader would read as something else, with its quick check for plain text (${FUZZ_RUNS.yamlStrings} cases)`, () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'yes',
      'No',
      'on',
      'OFF',
      'y',
      'n',
      'null',
      'True',
      '1',
      '09',
      '2027-03-04',
      '9:16',
      '0x1F',
      '.5',
      '1e3',
      ' ',
      '  ',
      '-',
      ',',
      '.',
      "'",
      '(',
      ')',
      '/',
      ':',
      ': ',
      '#',
      ' #',
      '~',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '"',
      '[',
      ']',
      '{',
      '}',
      '?',
      '\t',
      'é',
      '_',
    );
    let quick = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        let reread: unknown;
        let same = true;
        try {
          reread = parse(text, { version: '1.1', logLevel: 'error' });
          same = typeof reread === 'string' && reread === text;
        } catch {
          same = true;
        }
        if (PLAIN_TEXT_PROBE(text)) quick += 1;
        expect(readsBackAsItself(text), JSON.stringify(text)).toBe(same);
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.yamlStrings },
    );
    // The quick check must have decided a good share of the cases for the agreement to mean anything.
    expect(quick).toBeGreaterThan(FUZZ_RUNS.yamlStrings / 20);
  });

  it(`times-have-time-zones looks for a bare time only where its cheap pre-check says one may be (${FUZZ_RUNS.timeTexts} cases)`, () => {
    const piece = fc.constantFrom('0', '1', '2', '5', '9', '12', '23', ':', ':3', ':59', ' ', 'a', 'p', 'A', 'P', 'm', 'M', '.', '.m.', 'am', 'pm', 'x', '-', '/', 'é', 'T');
    let bare = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (BARE_TIME.test(text)) {
          bare += 1;
          expect(MAY_HOLD_TIME.test(text), text).toBe(true);
        }
      }),
      { seed: SEED, numRuns: FUZZ_RUNS.timeTexts },
    );
    expect(bare).toBeGreaterThan(200);
  });
});
