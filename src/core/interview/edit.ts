/**
 * Changes one value of a spec file in place. Works on the concrete syntax tree,
 * so every other byte (comments, quoting, blank lines, key order) stays as the
 * author wrote it; the result is read back to prove only that value changed.
 */
import { CST, Composer, Parser, isScalar, parse, type Document } from 'yaml';
import { decodePointer } from '../spec/pointer.js';
import { sameValue } from '../spec/provenance.js';
import { clone, setAt, type Spec } from './draft.js';

export class EditError extends Error {
  override name = 'EditError';
  constructor(
    message: string,
    /** The JSON pointer of the place in the file the problem is at, when there is one. */
    readonly pointer?: string,
  ) {
    super(message);
  }
}

/** The path of a pointer, with list indices as numbers where the data has lists. */
export function pathOf(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const segment of decodePointer(pointer)) {
    const key = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

function firstDocument(text: string): { tokens: CST.Token[]; doc: Document.Parsed } {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (docs.length !== 1) throw new EditError('the file must hold exactly one YAML document');
  const doc = docs[0]!;
  if (doc.errors.length > 0) throw new EditError(`the file is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return { tokens, doc };
}

/** Whether a plain scalar with this text reads back as exactly this value in YAML 1.1 and 1.2. */
function plainIsSafe(text: string, value: unknown): boolean {
  if (text === '' || /^\s|\s$|[\n#]|: /.test(text)) return false;
  try {
    return parse(text, { logLevel: 'error' }) === value && parse(text, { version: '1.1', logLevel: 'error' }) === value;
  } catch {
    return false;
  }
}

/**
 * Replaces the value at `pointer` (a scalar) with `value`. Returns the new text;
 * throws EditError when the pointer names no scalar.
 */
export function editScalar(text: string, pointer: string, value: string | number | boolean): string {
  const { tokens, doc } = firstDocument(text);
  const before = doc.toJS() as Spec;
  const path = pathOf(pointer, before);
  const node = doc.getIn(path, true);
  if (node === undefined) throw new EditError(`${pointer} is not in the file: --edit changes a value that is there`);
  if (!isScalar(node) || !node.srcToken) throw new EditError(`${pointer} is a list or mapping: --edit changes one value, e.g. ${pointer}/0`);
  const source = String(value);
  const token = node.srcToken as CST.FlowScalar | CST.BlockScalar;
  const wasQuoted = token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
  const keepsType = typeof value !== 'string' || (typeof node.value === 'string' && !wasQuoted && plainIsSafe(source, value));
  const type = typeof value !== 'string' ? 'PLAIN' : keepsType ? 'PLAIN' : token.type === 'single-quoted-scalar' && !source.includes("'") ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
  CST.setScalarValue(token, source, { type });
  const after = tokens.map((t) => CST.stringify(t)).join('');
  const expected = clone(before);
  setAt(expected, path, value);
  const reread = firstDocument(after).doc.toJS();
  if (JSON.stringify(reread) !== JSON.stringify(expected)) throw new EditError(`${pointer} could not be changed without touching other values`);
  return after;
}

function keyText(key: CST.Token | null | undefined): string | undefined {
  if (!key) return undefined;
  const scalar = CST.isScalar(key) ? CST.resolveAsScalar(key) : null;
  return scalar ? scalar.value : undefined;
}

/**
 * Removes entries from a top-level block mapping (`assumed:`), and the mapping
 * itself once it is empty. Works on the concrete syntax tree like editScalar,
 * so every other byte stays; the result is read back to prove that only those
 * entries went.
 */
export function removeTopLevelEntries(text: string, mapKey: string, keys: ReadonlySet<string>): string {
  const { tokens, doc } = firstDocument(text);
  const before = doc.toJS() as Spec;
  const document = tokens.find((t): t is CST.Document => t.type === 'document');
  const root = document?.value;
  if (root?.type !== 'block-map') throw new EditError('the file is not a block mapping of sections');
  const index = root.items.findIndex((item) => keyText(item.key) === mapKey);
  if (index < 0) return text;
  const section = root.items[index]!;
  const value = section.value;
  if (value?.type !== 'block-map') throw new EditError(`${mapKey} is not written as an indented mapping (one entry per line); remove the entries by hand`);
  // An entry's start is its indentation, then any comment lines above it. The first entry's
  // indentation (and comments) belong to the line above it: the `assumed:` key's separator.
  // Comments above a removed entry move down to the next entry that stays.
  const kept: typeof value.items = [];
  let carried: CST.SourceToken[] = [];
  for (const item of value.items) {
    const indented = item.start[0]?.type === 'space';
    const indent = indented ? item.start[0] : undefined;
    const comments = indented ? item.start.slice(1) : item.start;
    if (keys.has(keyText(item.key) ?? '')) {
      carried.push(...comments);
      continue;
    }
    item.start = [...(kept.length > 0 && indent ? [indent] : []), ...carried, ...comments];
    carried = [];
    kept.push(item);
  }
  value.items = kept;
  const wasLast = index === root.items.length - 1;
  if (value.items.length === 0) root.items.splice(index, 1);
  let after = tokens.map((t) => CST.stringify(t)).join('');
  // The blank line that set the section apart would be left dangling at the end of the file.
  if (value.items.length === 0 && wasLast) after = after.replace(/\n\n+$/, '\n');
  const expected = clone(before);
  const remaining = Object.fromEntries(Object.entries((expected[mapKey] ?? {}) as Record<string, unknown>).filter(([k]) => !keys.has(k)));
  if (Object.keys(remaining).length === 0) delete expected[mapKey];
  else expected[mapKey] = remaining;
  const reread = firstDocument(after).doc.toJS();
  if (JSON.stringify(reread) !== JSON.stringify(expected)) throw new EditError(`the entries of ${mapKey} could not be removed without touching other values`);
  return after;
}

/**
 * Adds `key: <source>` to the block mapping at `path` (one party, say) after the entry `after` (or its last
 * entry), indented like its keys: on one line, or, for a source of several lines (a block mapping), with them
 * indented under the key. Every other byte stays; the result is read back to prove that the mapping gained
 * exactly `key` with `value`.
 */
export function insertEntry(text: string, path: readonly (string | number)[], key: string, source: string, value: unknown, after?: string): string {
  const { doc } = firstDocument(text);
  const before = doc.toJS() as Spec;
  const map = doc.getIn(path, true) as { flow?: boolean; items?: { key: unknown; value: unknown }[] } | undefined;
  const shown = `/${path.join('/')}`;
  if (!map || !Array.isArray(map.items) || map.items.length === 0 || map.flow)
    throw new EditError(`${shown} is not written as an indented mapping (one entry per line); add ${key} to it by hand`, shown);
  const range = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range;
  const anchor = map.items.find((pair) => isScalar(pair.key) && pair.key.value === after) ?? map.items.at(-1)!;
  const firstKey = range(map.items[0]!.key);
  const end = range(anchor.value)?.[1] ?? range(anchor.key)?.[1];
  if (!firstKey || end === undefined) throw new EditError(`${shown} could not be read for positions; add ${key} to it by hand`);
  const indent = firstKey[0] - (text.lastIndexOf('\n', firstKey[0] - 1) + 1);
  const lineEnd = text.indexOf('\n', end);
  const pad = ' '.repeat(indent);
  const lines = source.split('\n');
  const line = lines.length === 1 ? `${pad}${key}: ${source}` : [`${pad}${key}:`, ...lines.map((l) => `${pad}  ${l}`)].join('\n');
  const edited = lineEnd < 0 ? `${text}\n${line}\n` : `${text.slice(0, lineEnd + 1)}${line}\n${text.slice(lineEnd + 1)}`;
  const expected = clone(before);
  setAt(expected, [...path, key], value);
  if (!sameValue(firstDocument(edited).doc.toJS(), expected)) throw new EditError(`${key} could not be added to ${shown} without touching other values`);
  return edited;
}
