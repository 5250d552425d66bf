/**
 * The Markdown escaping helpers against a real GFM parser: whatever a spec
 * says, the text a reader sees is the text that was written, and tables keep
 * their shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, code, codeCell, inline, link, mermaidLabel, plainLine } from '../src/core/render/markdown.js';
import { hostileString } from './helpers/hostile.js';
import { blockShape, mdToString, nodesOf, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { ROOT } from './helpers/paths.js';

const SEED = 20261122;

describe('inline', () => {
  it('keeps ordinary text readable', () => {
    expect(inline('Nova Buds Pro: 40 hours, USD 149 (launch 2027-03-08).')).toBe('Nova Buds Pro: 40 hours, USD 149 (launch 2027-03-08).');
    expect(inline('utm_source=tiktok&utm_medium=creator')).toBe('utm_source=tiktok&utm_medium=creator');
    expect(inline('#NovaBudsPro')).toBe('\\#NovaBudsPro');
    expect(inline('1. first')).toBe('1\\. first');
    expect(inline('a|b <i>')).toBe('a\\|b \\<i\\>');
  });

  // Lines that take the quick path (nothing to escape) and their neighbours that do not. The loop reads UTF-16
  // units: beside a letter outside the BMP an underscore is escaped, as it always was.
  it.each([
    ['short_video on caption_first_line', 'short_video on caption_first_line'],
    ['_lead and trail_', '\\_lead and trail\\_'],
    ['see www.example.com or HTTPS://example.com', 'see www\\.example.com or HTTPS\\://example.com'],
    ['USD 1,000 & more', 'USD 1,000 & more'],
    ['a &amp; b', 'a \\&amp; b'],
    ['\u{1D400}_b', '\u{1D400}\\_b'],
    ['é_ü', 'é_ü'],
  ])('escapes %j as %j, with or without the quick path for lines with nothing to escape', (text, escaped) => {
    expect(cell(text)).toBe(escaped);
  });

  it('collapses line breaks and strips terminal escapes', () => {
    expect(inline('one\ntwo\r\n\tthree \u001b[31mred')).toBe('one two three [31mred'.replace('[', '\\['));
  });

  it('round-trips every hostile string through remark-gfm as a paragraph, a list item and a heading', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const expected = plainLine(s);
        for (const [doc, type] of [
          [`Text: ${inline(s)} end`, 'paragraph'],
          [`- ${inline(s)}`, 'listItem'],
          [`## ${inline(s)}`, 'heading'],
          [`${inline(s)}`, 'root'],
        ] as const) {
          const tree = parseMarkdown(doc);
          const node = type === 'root' ? tree : nodesOf(tree, type)[0];
          const text = mdToString(node).trim();
          const want = type === 'paragraph' ? `Text: ${expected} end`.replace(/ +/g, ' ') : expected;
          if (text.replace(/ +/g, ' ') !== want.replace(/ +/g, ' ')) return false;
          if (type !== 'root' && tree.children.length !== 1) return false;
        }
        return true;
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('table cells', () => {
  it('keep the column count and the text for any content', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        const md = ['| A | B | C |', '| --- | --- | --- |', `| ${cell(a)} | ${codeCell(b || 'x')} | ${cell(b)} |`].join('\n');
        const tree = parseMarkdown(md);
        if (tableProblems(tree).length > 0 || nodesOf(tree, 'table').length !== 1) return false;
        const row = nodesOf(tree, 'tableRow')[1]!;
        const texts = row.children.map((c) => mdToString(c));
        return texts[0] === (plainLine(a) || '-') && texts[1] === (plainLine(b || 'x') || '') && texts[2] === (plainLine(b) || '-');
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('show a dash for missing values', () => {
    expect(cell(undefined)).toBe('-');
    expect(cell('  ')).toBe('-');
  });
});

describe('code', () => {
  it('fences around backticks', () => {
    expect(code('MAYA15')).toBe('`MAYA15`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });

  it('round-trips through remark-gfm', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const expected = plainLine(s);
        if (expected === '') return code(s) === '';
        const tree = parseMarkdown(`Code: ${code(s)}`);
        const spans = nodesOf(tree, 'inlineCode');
        return spans.length === 1 && spans[0]!.value === expected;
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('link', () => {
  it('makes plain URLs clickable and keeps anything else as text', () => {
    expect(link('https://nova-audio.example/buds?utm_source=tiktok&x=1')).toBe('<https://nova-audio.example/buds?utm_source=tiktok&x=1>');
    const tree = parseMarkdown(`See ${link('https://x.y/a|b')}`);
    expect(mdToString(tree)).toBe('See https://x.y/a|b');
    expect(nodesOf(parseMarkdown(`See ${link('https://x.y/_a_')}`), 'link')[0]?.url).toBe('https://x.y/_a_');
  });
});

describe('mermaidLabel', () => {
  it('removes what Mermaid reads as syntax', () => {
    expect(mermaidLabel('Draft: maya-tiktok #1; go')).toBe('Draft maya-tiktok 1 go');
    expect(mermaidLabel('::')).toBe('untitled');
  });
});

describe('the block shape the property tests read (blockShape)', () => {
  const treeShape = (text: string) => {
    const tree = parseMarkdown(text);
    return {
      headings: nodesOf(tree, 'heading').map((h) => h.depth),
      tables: nodesOf(tree, 'table').map((t) => `${t.children.length}x${t.children[0]!.children.length}`),
      code: nodesOf(tree, 'code').length,
      lists: nodesOf(tree, 'list').map((l) => l.children.length),
      tableProblems: tableProblems(tree),
    };
  };
  // Every block the documents use, including a table inside a list and a ragged table row.
  const sample = [
    '# Title ##',
    '',
    'Setext heading',
    '---',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '| 3 | 4 | 5 |',
    '',
    '- item',
    '  1. nested',
    '  2. nested',
    '- [ ] task',
    '',
    '```text',
    'code',
    '```',
    '',
    '    indented code',
    '',
    'A paragraph[^1] with ~~struck~~ text and www.example.com.',
    '',
    '[^1]: A note.',
  ];

  it('is what remark-gfm builds its tree from, for the documents alignkit renders', () => {
    const golden = readdirSync(join(ROOT, 'test/golden/render'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(golden.length).toBeGreaterThanOrEqual(15);
    for (const file of golden) {
      const text = readFileSync(join(ROOT, 'test/golden/render', file), 'utf8');
      expect(blockShape(text), file).toEqual(treeShape(text));
    }
    expect(blockShape(sample.join('\n'))).toEqual({ ...treeShape(sample.join('\n')), headings: [1, 2], code: 2, lists: [2, 2] });
  });

  it('is what remark-gfm builds its tree from, for hostile text at the start, the end or a line of its own anywhere in a document', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(2), hostileString), { minLength: 1, maxLength: 6 }), (edits) => {
        const lines = [...sample];
        for (const [at, where, hostile] of edits) {
          const i = at % lines.length;
          lines[i] = where === 0 ? `${hostile}${lines[i]}` : where === 1 ? `${lines[i]} ${hostile}` : `${hostile}\n${lines[i]}`;
        }
        const text = lines.join('\n');
        expect(blockShape(text)).toEqual(treeShape(text));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
