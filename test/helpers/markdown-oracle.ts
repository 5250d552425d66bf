/**
 * Third-party checks for everything alignkit renders as Markdown: remark-gfm
 * parses it (tables must keep the header's column count) and markdownlint
 * lints it with the committed .markdownlint.jsonc.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent, Table } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { lint } from 'markdownlint/promise';
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseJsonc } from 'yaml';
import { ROOT } from './paths.js';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export { textOf as mdToString };

function walk(node: Root | RootContent, visit: (n: RootContent) => void): void {
  if (node.type !== 'root') visit(node);
  if ('children' in node) for (const child of node.children) walk(child as RootContent, visit);
}

export function nodesOf<T extends RootContent['type']>(tree: Root, type: T): Extract<RootContent, { type: T }>[] {
  const out: RootContent[] = [];
  walk(tree, (n) => {
    if (n.type === type) out.push(n);
  });
  return out as Extract<RootContent, { type: T }>[];
}

/** Every table row has as many cells as the header; returns the problems found. */
export function tableProblems(tree: Root): string[] {
  const problems: string[] = [];
  for (const table of nodesOf(tree, 'table') as Table[]) {
    const width = table.children[0]?.children.length ?? 0;
    table.children.forEach((row, i) => {
      if (row.children.length !== width) problems.push(`table at line ${table.position?.start.line}: row ${i} has ${row.children.length} cells, header has ${width}`);
    });
  }
  return problems;
}

/** Headings directly followed by a heading of the same or a higher level: an empty section. */
export function emptySections(tree: Root): string[] {
  const problems: string[] = [];
  const top = tree.children;
  top.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const next = top[i + 1];
    if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) problems.push(`empty section "${textOf(node)}"`);
  });
  return problems;
}

/** The block structure of a Markdown text: heading depths, tables as rows x header cells, code blocks, list item counts. */
export interface BlockShape {
  headings: number[];
  tables: string[];
  code: number;
  lists: number[];
  /** Rows whose cell count is not the header's, as tableProblems words them. */
  tableProblems: string[];
}

// remark-gfm's tokenizer (micromark) with its block-level GFM constructs. Its inline-only ones (literal
// autolinks) cannot change a block, and skipping them and the syntax tree makes a parse about 40 % cheaper.
const BLOCK_EXTENSIONS = [gfmTable(), gfmFootnote(), gfmTaskListItem(), gfmStrikethrough()];

/**
 * The block structure remark-gfm gives a text, read from micromark's events, which the tree is built
 * from: the same headings, tables, code blocks and lists, in the same order (test/markdown.test.ts
 * compares the two). For the property tests, which parse thousands of documents.
 */
export function blockShape(text: string): BlockShape {
  const events = postprocess(
    micromarkParse({ extensions: BLOCK_EXTENSIONS })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
  const shape: BlockShape = { headings: [], tables: [], code: 0, lists: [], tableProblems: [] };
  const lists: number[] = [];
  let table: { at: number; line: number; rows: number[] } | undefined;
  for (const [kind, token] of events) {
    const type = token.type as string;
    if (kind === 'enter') {
      switch (type) {
        case 'atxHeading':
        case 'setextHeading':
          shape.headings.push(0);
          break;
        case 'codeFenced':
        case 'codeIndented':
          shape.code += 1;
          break;
        case 'listOrdered':
        case 'listUnordered':
          lists.push(shape.lists.length);
          shape.lists.push(0);
          break;
        case 'listItemPrefix':
          shape.lists[lists.at(-1)!]! += 1;
          break;
        case 'table':
          table = { at: shape.tables.length, line: token.start.line, rows: [] };
          shape.tables.push('');
          break;
        case 'tableRow':
          table?.rows.push(0);
          break;
        case 'tableHeader':
        case 'tableData':
          if (table) table.rows[table.rows.length - 1]! += 1;
          break;
      }
    } else {
      switch (type) {
        case 'atxHeadingSequence':
          // The opening sequence (###) comes first in its heading; a closing one (## Title ##) does not count.
          if (shape.headings.at(-1) === 0) shape.headings[shape.headings.length - 1] = token.end.offset - token.start.offset;
          break;
        case 'setextHeadingLineSequence':
          shape.headings[shape.headings.length - 1] = text.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
          break;
        case 'listOrdered':
        case 'listUnordered':
          lists.pop();
          break;
        case 'table':
          if (table) {
            const width = table.rows[0] ?? 0;
            shape.tables[table.at] = `${table.rows.length}x${width}`;
            table.rows.forEach((cells, i) => {
              if (cells !== width) shape.tableProblems.push(`table at line ${table!.line}: row ${i} has ${cells} cells, header has ${width}`);
            });
          }
          table = undefined;
          break;
      }
    }
  }
  return shape;
}

// The config file is JSONC; yaml parses JSON with comments well enough for a test.
const MARKDOWNLINT_CONFIG = parseJsonc(readFileSync(`${ROOT}/.markdownlint.jsonc`, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;

export async function markdownlintProblems(name: string, text: string): Promise<string[]> {
  const results = await lint({ strings: { [name]: text }, config: MARKDOWNLINT_CONFIG });
  return (results[name] ?? []).map(
    (e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`,
  );
}
