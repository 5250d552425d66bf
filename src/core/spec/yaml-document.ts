/**
 * The exact path: parses with `yaml` to keep every node's position. Used for
 * files that have findings, where line and column matter.
 */
import { mayHaveSurrogateEscape } from './source.js';
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Locate, Position } from '../finding.js';
import { firstLineOf } from './first-line.js';
import { decodePointer } from './pointer.js';

export const MAX_ALIAS_COUNT = 100;

export interface YamlProblem extends Position {
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-unsupported';
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  /** Maps a JSON pointer to a position; falls back to the nearest node that exists. */
  locate: Locate;
  problems: YamlProblem[];
}

const UNSUPPORTED = new Set(['TAG_RESOLVE_FAILED', 'BAD_ALIAS', 'MULTIPLE_DOCS']);

function ruleFor(code: string): YamlProblem['ruleId'] {
  if (code === 'DUPLICATE_KEY') return 'yaml-duplicate-key';
  return UNSUPPORTED.has(code) ? 'yaml-unsupported' : 'yaml-syntax';
}

function sentence(code: string, message: string, source: string): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]{1,60}/.exec(source)?.[0]?.trim();
      return `${key ? `\`${key}\`` : 'A key'} appears twice in this mapping; YAML keeps only one of them, so a term would be silently lost`;
    }
    case 'TAG_RESOLVE_FAILED':
      return `${message.replace(/\.$/, '')}; custom YAML tags are not supported in campaign specs`;
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document (a second `---`); put each campaign in its own file';
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation; YAML needs spaces';
    default:
      return `YAML syntax error: ${message.replace(/\s+/g, ' ').replace(/\.$/, '')}`;
  }
}

function positionOf(lc: LineCounter, range: readonly number[] | null | undefined): Position {
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = lc.linePos(range[0]!);
  const end = lc.linePos(Math.max(range[1] ?? range[0]!, range[0]!));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Each mapping's pairs by key, built on first use: a file with 20,000 findings must not search every mapping 20,000 times. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      // ajv reports a YAML integer key 2025 as "2025", so index by the string; the first of duplicates wins.
      if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/**
 * One pass over the node tree for what the data alone cannot show: duplicate keys (one set per mapping;
 * `yaml`'s own check, uniqueKeys, compares every pair with every other, which takes minutes on a mapping with
 * 20,000 keys) and the first alias. A plain recursion: `yaml`'s visit builds a path array for every node.
 */
function scanTree(doc: Document, lc: LineCounter, text: string): { duplicates: YamlProblem[]; firstAlias: readonly number[] | undefined } {
  const duplicates: YamlProblem[] = [];
  let firstAlias: readonly number[] | undefined;
  let hasAlias = false;
  const walkNode = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (seen.has(id)) {
            const range = pair.key.range;
            duplicates.push({ ruleId: 'yaml-duplicate-key', message: sentence('DUPLICATE_KEY', '', text.slice(range?.[0] ?? 0, (range?.[0] ?? 0) + 80)), ...positionOf(lc, range) });
          } else seen.add(id);
        } else walkNode(pair.key);
        walkNode(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walkNode(item);
    } else if (isPair(node)) {
      walkNode(node.key);
      walkNode(node.value);
    } else if (isAlias(node) && !hasAlias) {
      hasAlias = true;
      firstAlias = node.range ?? undefined;
    }
  };
  walkNode(doc.contents);
  return { duplicates, firstAlias };
}

/**
 * Walks the node tree by pointer; falls back to the deepest node that exists.
 * Also says whether the range is a whole mapping or list, which callers narrow.
 */
function walk(doc: Document, segments: string[], target: 'key' | 'value'): { range: readonly number[] | undefined; collection: boolean } {
  let node: unknown = doc.contents;
  let range: readonly number[] | undefined = (node as Node | null)?.range ?? undefined;
  const at = () => ({ range, collection: isMap(node) || isSeq(node) });
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) return at();
      const keyRange = (pair.key as Node).range ?? undefined;
      const valueRange = (pair.value as Node | null)?.range ?? undefined;
      if (last && target === 'key') return { range: keyRange, collection: false };
      node = pair.value;
      // A key with no value (`draft_due:`) has an empty node after the colon; show the key instead.
      range = valueRange && valueRange[1]! > valueRange[0]! ? valueRange : keyRange;
    } else if (isSeq(node)) {
      const child = node.items[Number(segment)] as Node | undefined;
      if (child === undefined) return at();
      node = child;
      range = child.range ?? range;
    } else {
      return at();
    }
  }
  return at();
}

function locator(doc: Document, lc: LineCounter, text: string) {
  return (pointer: string, target: 'key' | 'value' = 'value'): Position => {
    const { range, collection } = walk(doc, decodePointer(pointer), target);
    return positionOf(lc, range && collection ? firstLineOf(text, range) : range);
  };
}

/**
 * One syntax error usually sets off a cascade (a tab can yield a dozen). Report
 * the first and count the rest; duplicate keys and unsupported features are
 * independent problems and are all kept.
 */
function collapseSyntaxCascade(problems: YamlProblem[]): YamlProblem[] {
  const syntax = problems.filter((p) => p.ruleId === 'yaml-syntax').sort((a, b) => a.line - b.line || a.column - b.column);
  if (syntax.length <= 1) return problems;
  const first = syntax[0]!;
  const rest = syntax.length - 1;
  const summary = { ...first, message: `${first.message} (${rest} more YAML error${rest === 1 ? '' : 's'} after it usually go away once this is fixed)` };
  return [summary, ...problems.filter((p) => p.ruleId !== 'yaml-syntax')];
}

// With the u flag, a surrogate pair is one code point: only a lone half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * "\ud800" is valid YAML, but no UTF-8 file, hash or document can hold the
 * half character it makes, so every command after lint would fail on it.
 */
function loneSurrogates(doc: Document, lc: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const match = LONE_SURROGATE.exec(node.value);
      if (match === null) return;
      const code = match[0].charCodeAt(0).toString(16).toUpperCase();
      problems.push({
        ruleId: 'yaml-unsupported',
        message: `This string has half of a UTF-16 surrogate pair (\\u${code}) and no other half, which no UTF-8 document can hold; remove the escape or write the character itself`,
        ...positionOf(lc, node.range),
      });
    },
  });
  return problems;
}

/**
 * `yaml` composes nested collections recursively, and a file nested deep enough runs it out of stack at a
 * point that depends on the machine and on how warm its code is (one file got its error at column 1101 and
 * at 1218 in the same process). So a file nested this deep is refused before `yaml` composes it, at a place
 * that depends on the text alone. Specs nest about ten deep.
 */
export const MAX_NESTING = 512;

/** A line that starts with MAX_NESTING spaces and "- " or "? " indicators: only such a line can be that deep in block collections. */
const DEEP_LINE = new RegExp(`^(?: |[-?] ){${MAX_NESTING}}`, 'm');
/** `yaml`'s lexer marks documents and scalars with control characters that are not in the text. */
const isLexerMark = (token: string) => token.length === 1 && token.charCodeAt(0) < 0x20 && token !== '\n' && token !== '\t' && token !== '\r';

/** Where the text first nests MAX_NESTING deep (an offset), or -1. Flow collections are counted with `yaml`'s own lexer, and only when there are that many brackets at all. */
function firstTooDeep(text: string): number {
  const line = DEEP_LINE.exec(text);
  let openers = 0;
  for (let i = 0; i < text.length && openers < MAX_NESTING; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) openers += 1;
  }
  let flow = -1;
  if (openers >= MAX_NESTING) {
    let depth = 0;
    let offset = 0;
    for (const token of new Lexer().lex(text)) {
      if (isLexerMark(token)) continue;
      if (token === '[' || token === '{') {
        depth += 1;
        if (depth === MAX_NESTING) {
          flow = offset;
          break;
        }
      } else if (token === ']' || token === '}') depth -= 1;
      offset += token.length;
    }
  }
  const block = line ? line.index + line[0].length : -1;
  return block < 0 ? flow : flow < 0 ? block : Math.min(block, flow);
}

export function parseYaml(text: string): ParsedYaml {
  const deep = firstTooDeep(text);
  if (deep >= 0) {
    // The lines are counted as `yaml`'s parser would, so the finding is placed like every other one here.
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) lines.addNewLine(newline + 1);
    const at = positionOf(lines, [deep, deep + 1]);
    const message = `The YAML nests ${MAX_NESTING} collections deep here, more than alignkit reads; no campaign spec needs that many levels`;
    return { data: undefined, locate: () => at, problems: [{ ruleId: 'yaml-unsupported', message, ...at }] };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  const locate = locator(doc, lc, text);
  const all: YamlProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    ruleId: ruleFor(e.code),
    message: sentence(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 80)),
    ...positionOf(lc, e.pos),
  }));
  const tree = scanTree(doc, lc, text);
  all.push(...tree.duplicates);
  if (mayHaveSurrogateEscape(text)) all.push(...loneSurrogates(doc, lc));
  const problems = collapseSyntaxCascade(all);
  if (problems.length > 0) return { data: undefined, locate, problems };

  const aliasRange = tree.firstAlias;
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, locate, problems };
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `YAML aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}); write the values out instead`
        : `the YAML could not be read: ${(error as Error).message}`;
    return { data: undefined, locate, problems: [{ ruleId: 'yaml-unsupported', message, ...positionOf(lc, aliasRange) }] };
  }
}
