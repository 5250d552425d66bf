/**
 * A spec as the YAML file kickoff writes: the schema modeline for editors, a
 * comment above each section saying what it settles, keys in schema order,
 * short lists and small mappings on one line. Same data, same bytes.
 */
import { Document, isMap, isPair, isScalar, isSeq, parse, visit, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { isRecord } from '../spec/plain-data.js';
import { YAML11_WORDS } from '../spec/yaml-words.js';
import { schemaAt } from './schema-field.js';

/** Keys in the order the schema lists them; keys the schema does not know keep their place at the end. */
function ordered(value: unknown, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(v, [...path, i]));
  if (!isRecord(value)) return value;
  const known = schemaKeys(path);
  const keys = Object.keys(value).sort((a, b) => rank(known, a) - rank(known, b));
  return Object.fromEntries(keys.map((k) => [k, ordered(value[k], [...path, k])]));
}

/** The spec with its keys in the order the file lists them. */
export function inSchemaOrder<T>(spec: T): T {
  return ordered(spec, []) as T;
}

function schemaKeys(path: (string | number)[]): string[] {
  const node = schemaAt(path)?.node;
  if (!node) return [];
  const keys = Object.keys(node.properties ?? {});
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) keys.push(...Object.keys(branch.properties ?? {}));
  return keys;
}

function rank(known: string[], key: string): number {
  const i = known.indexOf(key);
  return i < 0 ? known.length : i;
}

const isScalarNode = (node: unknown) => isScalar(node);

/** Lists of plain values and mappings of up to four plain values read best on one line. */
function flowSmallCollections(node: Node | null | undefined): void {
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every(isScalarNode) && node.items.every((i) => String((i as { value: unknown }).value).length <= 40)) node.flow = true;
    else for (const item of node.items) flowSmallCollections(item as Node);
  } else if (isMap(node)) {
    const values = node.items.map((p: Pair) => p.value);
    if (node.items.length <= 4 && values.every(isScalarNode) && JSON.stringify(node.toJSON()).length <= 70) node.flow = true;
    else for (const pair of node.items) flowSmallCollections(pair.value as Node);
  }
}

/** Words and sentences with nothing a YAML reader could take for anything but text: no number, date, indicator or comment. */
const PLAIN_TEXT = /^[A-Za-z][A-Za-z0-9 ,.'()/-]*(?<!\s)$/;

/**
 * Whether a YAML 1.1 reader reads this string, written plain, as the same string. Most strings in a spec are
 * names and sentences that plainly are text; the others are read back with the YAML 1.1 schema (a full parse
 * each, which made this check most of the time kickoff took to write a spec).
 */
export function readsBackAsItself(plain: string): boolean {
  if (PLAIN_TEXT.test(plain) && !YAML11_WORDS.has(plain.toLowerCase())) return true;
  let reread: unknown;
  try {
    reread = parse(plain, { version: '1.1', logLevel: 'error' });
  } catch {
    return true;
  }
  return typeof reread === 'string' && reread === plain;
}

/**
 * Strings a YAML 1.1 reader would take for something else (dates, 9:16 as a
 * sexagesimal number, yes/no) are quoted, so every YAML tool reads the same data.
 */
function quoteAmbiguousStrings(doc: Document): void {
  const verdicts = new Map<string, boolean>();
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string') return;
      const plain = node.value;
      let same = verdicts.get(plain);
      if (same === undefined) {
        same = readsBackAsItself(plain);
        verdicts.set(plain, same);
      }
      if (!same) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/** One comment per top-level section: its schema title and description. */
function sectionComments(doc: Document): void {
  const map = doc.contents as YAMLMap;
  for (const pair of map.items as Pair[]) {
    const key = String((pair.key as { value: unknown }).value);
    if (key === 'apiVersion' || key === 'kind') continue;
    const node = schemaAt([key])?.node;
    if (!node?.title) continue;
    (pair.key as Node).commentBefore = ` ${node.title}: ${node.description ?? ''}`.trimEnd();
    (pair.key as Node).spaceBefore = true;
  }
}

export interface SpecYamlOptions {
  /** The schema for the editor modeline: a path relative to the spec, or a URL. */
  schemaRef: string;
  /** A first comment line, e.g. how the file was made. */
  heading?: string;
}

export function specToYaml(spec: unknown, options: SpecYamlOptions): string {
  const doc = new Document(ordered(spec, []));
  flowSmallCollections(doc.contents as Node);
  for (const pair of (doc.contents as YAMLMap).items as Pair[]) {
    // Top-level sections stay in block style even when short, like the examples.
    const value = pair.value;
    if ((isMap(value) || isSeq(value)) && value.flow) {
      value.flow = false;
      for (const inner of value.items) flowSmallCollections((isPair(inner) ? inner.value : inner) as Node);
    }
  }
  quoteAmbiguousStrings(doc);
  sectionComments(doc);
  const lines = [`# yaml-language-server: $schema=${options.schemaRef}`];
  if (options.heading) lines.push(...options.heading.split('\n').map((l) => `# ${l}`.trimEnd()));
  doc.commentBefore = null;
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `${lines.join('\n')}\n${body}`;
}
