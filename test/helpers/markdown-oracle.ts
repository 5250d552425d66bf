/**
 * Third-party checks for everything alignkit renders as Markdown: remark-gfm
 * parses it (tables must keep the header's column count) and markdownlint
 * lints it with the committed .markdownlint.jsonc.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent, Table } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { lint } from 'markdownlint/promise';
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

// The config file is JSONC; yaml parses JSON with comments well enough for a test.
const MARKDOWNLINT_CONFIG = parseJsonc(readFileSync(`${ROOT}/.markdownlint.jsonc`, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;

export async function markdownlintProblems(name: string, text: string): Promise<string[]> {
  const results = await lint({ strings: { [name]: text }, config: MARKDOWNLINT_CONFIG });
  return (results[name] ?? []).map(
    (e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`,
  );
}
