/**
 * The fast reader (src/core/spec/block-yaml.ts) against its oracle, js-yaml
 * with the CORE schema: for any text it must give exactly js-yaml's data, or
 * give up. Never data where js-yaml throws, never different data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { main } from '../src/cli/program.js';
import { blockYamlLocator, readBlockYaml } from '../src/core/spec/block-yaml.js';
import { encodePointer } from '../src/core/spec/pointer.js';
import { parseYaml } from '../src/core/spec/yaml-document.js';
import { memoryIo } from './helpers/memory-io.js';
import { numberLikeScalars } from './helpers/number-scalars.js';
import { repoYamlFiles, ROOT } from './helpers/paths.js';

const SEED = Number(process.env.FUZZ_SEED ?? 72027);

/** 'same', 'gave up', or what went wrong. */
function compare(text: string): 'same' | 'gave up' | string {
  // Giving up is always allowed, so js-yaml is asked only about a text the reader reads.
  const got = readBlockYaml(text);
  if (got === undefined) return 'gave up';
  let expected: unknown;
  let threw = false;
  try {
    expected = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    threw = true;
  }
  if (threw) return `read data where js-yaml refuses the text: ${JSON.stringify(got).slice(0, 200)}`;
  return isDeepStrictEqual(got, expected) ? 'same' : `different data: ${JSON.stringify(got).slice(0, 200)} vs ${JSON.stringify(expected).slice(0, 200)}`;
}

/** Every pointer into the data, and a few that go past it (a missing key, an index past the end, a child of a scalar). */
function pointersInto(data: unknown, path: (string | number)[] = [], out: string[] = []): string[] {
  out.push(encodePointer(path));
  if (Array.isArray(data)) {
    data.forEach((item, i) => pointersInto(item, [...path, i], out));
    out.push(encodePointer([...path, data.length]), encodePointer([...path, 'x']));
  } else if (data !== null && typeof data === 'object') {
    for (const key of Object.keys(data)) pointersInto((data as Record<string, unknown>)[key], [...path, key], out);
    out.push(encodePointer([...path, 'missing', 'deeper']));
  } else out.push(encodePointer([...path, 'beyond']));
  return out;
}

/** The pointers (value and key) the block reader places other than the exact path does; undefined when the reader gives up. */
function misplaced(text: string, every = 1): string[] | undefined {
  const data = readBlockYaml(text);
  const locate = blockYamlLocator(text);
  if (data === undefined || locate === undefined) {
    expect(locate, 'the locator reads what the reader reads').toBe(data);
    return undefined;
  }
  const exact = parseYaml(text);
  // What it reads, `yaml` reads alike: answers files and specs to edit are read by the block reader (src/commands/yaml-file.ts).
  if (exact.problems.length > 0 || !isDeepStrictEqual(data, exact.data)) return ['the data differs from what `yaml` reads'];
  return pointersInto(data)
    .filter((_, i) => i % every === 0)
    .flatMap((pointer) =>
      (['value', 'key'] as const).flatMap((target) => {
        const got = JSON.stringify(locate(pointer, target));
        const expected = JSON.stringify(exact.locate(pointer, target));
        return got === expected ? [] : [`${pointer} (${target}): ${got} vs ${expected}`];
      }),
    );
}

const REPO_YAML = repoYamlFiles();
const EXAMPLE = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');

describe('the fast YAML reader', () => {
  it('agrees with js-yaml on every YAML file in the repository', () => {
    expect(REPO_YAML.length).toBeGreaterThan(300);
    const wrong = REPO_YAML.map((file) => [relative(ROOT, file), compare(readFileSync(file, 'utf8'))]).filter(([, verdict]) => verdict !== 'same' && verdict !== 'gave up');
    expect(wrong).toEqual([]);
  });

  it('reads a spec kickoff writes with its assumed terms, keyed by JSON pointer, and places every pointer as `yaml` does', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'alignkit-kickoff-written-'));
    writeFileSync(join(cwd, 'answers.yaml'), 'campaign:\n  name: Spring Glow\n');
    const io = memoryIo({ cwd, today: '2026-11-22' });
    // 1: the preset's stand-ins (names, contacts) are findings until the team replaces them.
    expect([0, 1], io.err()).toContain(await main(['kickoff', '--answers', 'answers.yaml', '--defaults', '--out', 'c.campaign.yaml'], io));
    const text = readFileSync(join(cwd, 'c.campaign.yaml'), 'utf8');
    expect(text).toMatch(/^assumed:\n {2}\/campaign\//m);
    expect(compare(text)).toBe('same');
    expect(misplaced(text)).toEqual([]);
  });

  it('reads the examples, the presets and what kickoff writes (the style it exists for)', () => {
    const styled = REPO_YAML.filter((f) => /(examples|templates\/presets|golden\/kickoff)\/[^/]+\.campaign\.yaml$/.test(f));
    expect(styled.length).toBeGreaterThanOrEqual(10);
    for (const file of styled) expect(compare(readFileSync(file, 'utf8')), relative(ROOT, file)).toBe('same');
  });

  it('reads the data `yaml` reads and places every pointer as the exact path does, in every YAML file in the repository it reads', () => {
    let placed = 0;
    for (const file of REPO_YAML) {
      const text = readFileSync(file, 'utf8');
      // Every pointer of the examples; every tenth of the other files, to keep the suite quick.
      const wrong = misplaced(text, file.includes('/examples/') ? 1 : 10);
      if (wrong === undefined) continue;
      placed += 1;
      expect(wrong, relative(ROOT, file)).toEqual([]);
    }
    expect(placed).toBeGreaterThan(200);
  });

  it('gives up on what it does not read itself', () => {
    const outside = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: |+\n  text\n', // a block scalar that keeps its trailing line breaks
      'a: |2\n    text\n', // a block scalar with an indentation indicator
      'a: >\n\n  text\n', // a block scalar with a blank line before its text
      'a: >\n  text\n    more\n', // a more-indented line in a folded scalar
      'a: |\n  text\n     \n  more\n', // a line of spaces longer than the indentation
      'b:\n  a: |\n      text\n    more\n', // a line between the key's and the text's indentation
      'a: |\n  text', // a block scalar that ends without a line break
      'a: |\nb: 1\n', // an empty block scalar
      'a:\n  - |\n    text\n', // a block scalar as a list item
      'a: one\n  two\n', // a multi-line plain scalar
      'a: "tab\\there"\n', // escapes
      'a: 1\na: 2\n', // duplicate keys (js-yaml refuses them)
      'a:\n\t- 1\n', // tabs
      '- 1\n- 2\n', // not a mapping at the root
      '---\na: 1\n', // document markers
      'a: [1, [2,\n  3]]\n', // flow collections over several lines
      '{ a: 1 }\n', // a flow mapping at the root
      'a: { [k]: v }\n', // a flow collection as a key
      `a: ${'['.repeat(70)}${']'.repeat(70)}\n`, // deep flow nesting
      `${'k: \n  '.repeat(0)}${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')}\n`, // deep nesting
      `${'k'.repeat(1025)}: 1\n`, // a key whose colon is more than 1024 characters after its start (a YAML syntax error)
      `a:\n  "${'k'.repeat(1023)}": 1\n`, // the same with a quoted key
    ];
    for (const text of outside) expect(readBlockYaml(text), text).toBeUndefined();
  });

  it('reads literal and folded block scalars as mapping values, as js-yaml and `yaml` do, with their positions', () => {
    const notes = [
      'a:\n  k: >-\n    one\n    two\n\n    three\n  n: 1\n',
      'a:\n  k: |\n    one\n      two\n    # three\n\n\n  n: 1\n',
      'a:\n  k: > # a comment\n    one\n    two  \n\n',
      'a:\n  - k: |-\n      one\n    m: 2\n',
      'k: >\n a\n b\n\n\n c\n d\n# after\nz: 1\n',
    ];
    for (const note of notes) {
      expect(compare(note), note).toBe('same');
      expect(misplaced(note), note).toEqual([]);
    }
    expect(readBlockYaml(notes[0]!)).toEqual({ a: { k: 'one two\nthree', n: 1 } });
    expect(readBlockYaml(notes[1]!)).toEqual({ a: { k: 'one\n  two\n# three\n', n: 1 } });
  });

  it('agrees with js-yaml and `yaml` on random block scalars: headers, blank lines, indentation, comments and what follows (fast-check)', () => {
    const header = fc.constantFrom('|', '|-', '>', '>-', '| # note', '>- #', '|+', '>2', '|-1', '>#x', '| x');
    const content = fc.constantFrom('text', 'two words', '# not a comment', 'key: value', '- item', '  more', '   ', '', 'trailing  ', '"quoted"', '{ a: 1 }', '---', '😀', '\u00a0x');
    const shape = fc.record({
      nested: fc.boolean(),
      header,
      indent: fc.constantFrom(1, 2, 4),
      lines: fc.array(fc.record({ extra: fc.constantFrom(0, 0, 0, 1, 2, -1), content }), { maxLength: 6 }),
      after: fc.constantFrom('', 'next: 1\n', '# comment\nnext: 1\n', '\n\nnext: [1]\n', '  deeper: 1\n', ' odd: 1\n'),
      finalBreak: fc.boolean(),
    });
    let read = 0;
    fc.assert(
      fc.property(shape, ({ nested, header: h, indent, lines, after, finalBreak }) => {
        const base = nested ? 2 : 0;
        const body = lines.map(({ extra, content: c }) => `${' '.repeat(Math.max(0, base + indent + extra))}${c}`).join('\n');
        const source = `${nested ? 'outer:\n  ' : ''}k: ${h}\n${body}${lines.length > 0 && (finalBreak || after !== '') ? '\n' : ''}${after.replace(/^(?=\S)/gm, ' '.repeat(base))}`;
        const verdict = compare(source);
        if (verdict === 'same') read += 1;
        expect(verdict === 'same' || verdict === 'gave up', `${verdict}\n${source}`).toBe(true);
        if (verdict === 'same') expect(misplaced(source), source).toEqual([]);
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it('reads a key whose colon is 1024 characters after its start, the longest YAML allows, as `yaml` does', () => {
    for (const key of ['k'.repeat(1024), `"${'k'.repeat(1022)}"`]) {
      const text = `${key}: 1\n`;
      expect(parseDocument(text).errors).toEqual([]);
      expect(Object.keys(readBlockYaml(text) as object)[0]).toHaveLength(key.startsWith('"') ? 1022 : 1024);
    }
    expect(parseDocument(`${'k'.repeat(1025)}: 1\n`).errors.map((e) => e.code)).toEqual(['KEY_OVER_1024_CHARS']);
  });

  it('types plain scalars as js-yaml does, and keeps quoted ones as strings', () => {
    const text = 'a: 007\nb: 0x1F\nc: .inf\nd: ~\ne: "true"\nf: 1_000\ng: -0.0\nh: 2027-03-04T17:00 America/New_York\ni: [1, "2", three, 4.5]\nj: { "13-17": 7, x: no }\n';
    expect(compare(text)).toBe('same');
  });

  it('types every plain scalar of up to four number characters, and the special words, as js-yaml and `yaml` do, or gives them up (exhaustive, 54,000 scalars)', () => {
    const scalars = numberLikeScalars();
    const wrong: string[] = [];
    for (const scalar of scalars) {
      let expected: unknown;
      try {
        expected = (load(`k: ${scalar}\n`, { schema: CORE_SCHEMA, json: false }) as { k: unknown }).k;
      } catch {
        continue; // not a plain scalar js-yaml reads on its own
      }
      const got = readBlockYaml(`k: ${scalar}\n`) as { k: unknown } | undefined;
      if (got !== undefined && !Object.is(got.k, expected)) wrong.push(`${scalar}: ${String(got.k)} (${typeof got.k}) vs ${String(expected)} (${typeof expected})`);
      // What the reader reads, `yaml` reads alike; where the two libraries differ (0b11, -0x1F, -.5, -0) it gives up.
      const exact = parseDocument(`k: ${scalar}\n`);
      const yamlValue = exact.errors.length === 0 ? (exact.toJS() as { k: unknown }).k : undefined;
      if (got !== undefined && !Object.is(got.k, yamlValue)) wrong.push(`${scalar}: ${String(got.k)} (${typeof got.k}) vs ${String(yamlValue)} (${typeof yamlValue}) from \`yaml\``);
    }
    expect(wrong).toEqual([]);
  });

  const tricky = fc.constantFrom(
    'a',
    'b c',
    ': ',
    ' #',
    '#',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '-',
    '- ',
    '?',
    '!',
    '&',
    '*',
    '|',
    '>',
    '%',
    '@',
    '`',
    '0',
    '1',
    '007',
    '0x1F',
    '1_000',
    '.5',
    '.inf',
    '.nan',
    '-0',
    '+1',
    'true',
    'False',
    'null',
    '~',
    'yes',
    '\u00a0',
    '😀',
    ':',
    '\\',
    ' ',
    '9:16',
    'T17:00',
  );
  const text = fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join(''));
  const key = fc.oneof(fc.constantFrom('id', 'name', '1', 'true', 'null', '~', '__proto__', '<<', 'a b', '13-17', 'x.y', 'a/b'), text);
  const value = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  })).node;
  const documents = fc.record({ root: fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), flowLevel: fc.integer({ min: -1, max: 3 }), quoting: fc.constantFrom("'", '"'), viaYaml: fc.boolean() });

  it('agrees with js-yaml on generated documents (fast-check)', () => {
    let read = 0;
    let nested = 0;
    fc.assert(
      fc.property(documents, ({ root, flowLevel, quoting, viaYaml }) => {
        let source: string;
        try {
          source = viaYaml ? stringify(root) : dump(root, { flowLevel, quotingType: quoting as "'" | '"', lineWidth: -1 });
        } catch {
          return; // a value the writer itself refuses
        }
        const verdict = compare(source);
        if (verdict === 'same') read += 1;
        if (verdict === 'same' && /[[{][^\n\]}]*[[{]/.test(source)) nested += 1;
        expect(verdict === 'same' || verdict === 'gave up', `${verdict}\n${source}`).toBe(true);
        if (verdict === 'same') expect(misplaced(source), source).toEqual([]);
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(300); // the property tests the reader, not only its giving up
    expect(nested).toBeGreaterThan(20); // and flow collections inside flow collections (26 with this seed)
  });

  it('agrees with js-yaml on random block structure: keys, dashes, flow pieces and indents (fast-check)', () => {
    const scalar = fc.oneof(text, fc.constantFrom('x', 'two words', '"q: #"', "'it''s'", '12', '-3', '1.5', 'null', ''));
    const name = fc.constantFrom('a', 'b', 'id', '1', 'true', '"k"', "'k'", 'a b', 'k:');
    const line = fc.record({
      indent: fc.constantFrom(0, 0, 2, 2, 4, 1, 3, 6),
      shape: fc.constantFrom('key:', 'key: v', '- v', '- key: v', '- key:', '-', 'key: [v, v]', 'key: {key: v}', '# c', 'key: v # c', '- [v]', 'key: {key: [v, {a: v}], b: []}', '- [[v], {key: {}}]'),
      key: name,
      value: scalar,
    });
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const source = lines.map(({ indent, shape, key: k, value: v }) => `${' '.repeat(indent)}${shape.replaceAll('key', k).replaceAll('v', v)}`).join('\n');
        const verdict = compare(source);
        if (verdict === 'same') read += 1;
        expect(verdict === 'same' || verdict === 'gave up', `${verdict}\n${source}`).toBe(true);
        if (verdict === 'same') expect(misplaced(source), source).toEqual([]);
      }),
      { seed: SEED, numRuns: 5000 },
    );
    expect(read).toBeGreaterThan(30); // most random structures are not valid YAML; the point is that none is misread
  });

  it('agrees with js-yaml on mutated copies of an example, and places pointers as `yaml` does (fast-check)', () => {
    let checked = 0;
    const lines = EXAMPLE.split('\n');
    const edit = fc.record({
      line: fc.nat(lines.length - 1),
      column: fc.nat(80),
      op: fc.constantFrom('insert', 'delete', 'indent', 'outdent', 'duplicate', 'swap'),
      insert: tricky,
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const copy = [...lines];
        for (const { line, column, op, insert } of edits) {
          const l = copy[line] ?? '';
          const at = Math.min(column, l.length);
          if (op === 'insert') copy[line] = l.slice(0, at) + insert + l.slice(at);
          if (op === 'delete') copy[line] = l.slice(0, at) + l.slice(at + 1);
          if (op === 'indent') copy[line] = ` ${l}`;
          if (op === 'outdent') copy[line] = l.replace(/^ {1,2}/, '');
          if (op === 'duplicate') copy.splice(line, 0, l);
          if (op === 'swap' && line + 1 < copy.length) [copy[line], copy[line + 1]] = [copy[line + 1]!, l];
        }
        const verdict = compare(copy.join('\n'));
        expect(verdict === 'same' || verdict === 'gave up', verdict).toBe(true);
        // Positions in one copy of ten: each takes a parse with `yaml`.
        if (verdict === 'same' && checked++ % 10 === 0) expect(misplaced(copy.join('\n'), 25)).toEqual([]);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
