/**
 * Changes one value of a spec file in place. Works on the concrete syntax tree,
 * so every other byte (comments, quoting, blank lines, key order) stays as the
 * author wrote it; the result is read back to prove only that value changed.
 */
import { CST, Composer, Parser, isScalar, parse, type Document } from 'yaml';
import { decodePointer } from '../spec/pointer.js';
import { clone, setAt, type Spec } from './draft.js';

export class EditError extends Error {
  override name = 'EditError';
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
    return parse(text) === value && parse(text, { version: '1.1' }) === value;
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
