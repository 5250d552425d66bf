/**
 * Provenance: which values of a spec were stated by the team and which were
 * only assumed (a preset term kept, a value derived from another answer).
 *
 * A spec records its assumed values in its own top-level `assumed` mapping:
 * JSON pointer → the value it had when it was assumed. A value is assumed
 * while its pointer is listed there and it still holds that value; changing
 * it (by hand, with `kickoff --edit`, in an answers file) states it, and
 * `alignkit confirm` removes the entry. A spec without `assumed` is all
 * stated: whoever wrote it by hand wrote every term.
 */
import { decodePointer, encodePointer, readablePath } from './pointer.js';
import { isRecord } from './plain-data.js';

export const PROVENANCE_KEY = 'assumed';

export interface AssumedTerm {
  pointer: string;
  /** The top-level section it belongs to (`approvals`), for grouping and `confirm --section`. */
  section: string;
  value: unknown;
}

/** Keys that name things rather than agree to them: an id follows the name it was made from. */
const NOT_TERMS = new Set(['apiVersion', 'kind', PROVENANCE_KEY]);
const isIdentifier = (key: string | number) => key === 'id';

/**
 * Every term of a spec as [pointer, value], in document order. A list of plain
 * values (markets, labels) is one term; lists of mappings are entered.
 */
export function termsOf(spec: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node) && node.some((item) => item !== null && typeof item === 'object')) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (isRecord(node)) {
      // An empty mapping settles nothing (an answers file's `{}` skips a list entry).
      for (const [key, value] of Object.entries(node)) {
        if (path.length === 0 && NOT_TERMS.has(key)) continue;
        if (isIdentifier(key) && path.length > 0) continue;
        walk(value, [...path, key]);
      }
    } else if (path.length > 0) out.push([encodePointer(path), node]);
  };
  walk(spec, []);
  return out;
}

/** The value at a pointer, or `missing` when the spec has nothing there. */
export function valueAt(root: unknown, pointer: string): { found: true; value: unknown } | { found: false } {
  let node = root;
  for (const segment of decodePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.length) return { found: false };
      node = node[Number(segment)];
    } else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return { found: false };
  }
  return { found: true, value: node };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

export const sectionOf = (pointer: string): string => decodePointer(pointer)[0] ?? '';

/** The `assumed` mapping as written, or an empty one. */
export function provenanceOf(spec: unknown): Record<string, unknown> {
  const recorded = isRecord(spec) ? spec[PROVENANCE_KEY] : undefined;
  return isRecord(recorded) ? recorded : {};
}

/**
 * The values still assumed, in document order: listed in `assumed`, present,
 * and unchanged since. Entries whose value changed, or whose field is gone,
 * are stated or moot and left out.
 */
export function assumedTerms(spec: unknown): AssumedTerm[] {
  const recorded = provenanceOf(spec);
  const pointers = Object.keys(recorded);
  if (pointers.length === 0) return [];
  const all = termsOf(spec).map(([p]) => p);
  const order = new Map(all.map((p, i) => [p, i]));
  // A pointer to a mapping (a recorded `{ min, max }`) stands where its first term does.
  const place = (pointer: string) => order.get(pointer) ?? all.findIndex((p) => p.startsWith(`${pointer}/`));
  const out: AssumedTerm[] = [];
  for (const pointer of pointers) {
    const current = valueAt(spec, pointer);
    if (current.found && sameValue(current.value, recorded[pointer])) out.push({ pointer, section: sectionOf(pointer), value: current.value });
  }
  return out.sort((a, b) => place(a.pointer) - place(b.pointer) || (a.pointer < b.pointer ? -1 : 1));
}

/**
 * The `assumed` mapping for a spec whose stated values are those at or below
 * one of `stated` (pointers): every other term, in document order.
 */
export function assumedMapping(spec: unknown, stated: Iterable<string>): Record<string, unknown> {
  // A term is stated when it or a value holding it is: its pointer or one of its ancestors' is in the set
  // (a lookup per level; comparing each term with each stated pointer was quadratic in a large spec).
  const statedSet = new Set(stated);
  const isStated = (pointer: string) => {
    if (statedSet.has(pointer)) return true;
    for (let slash = pointer.lastIndexOf('/'); slash >= 0; slash = slash === 0 ? -1 : pointer.lastIndexOf('/', slash - 1)) {
      if (statedSet.has(pointer.slice(0, slash))) return true;
    }
    return false;
  };
  const out: Record<string, unknown> = {};
  for (const [pointer, value] of termsOf(spec)) if (!isStated(pointer)) out[pointer] = value;
  return out;
}

/** A value in one short line, for messages and the read-back. */
export function shortValue(value: unknown, limit = 48): string {
  const text = Array.isArray(value)
    ? `[${value.map((v) => shortValue(v, limit)).join(', ')}]`
    : isRecord(value)
      ? `{ ${Object.entries(value)
          .map(([k, v]) => `${k}: ${shortValue(v, limit)}`)
          .join(', ')} }`
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ');
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

/** `approvals.stages[0] (brand-review).review_window.hours = 48` */
export function describeTerm(term: AssumedTerm, spec: unknown): string {
  return `${readablePath(term.pointer, spec)} = ${shortValue(term.value)}`;
}
