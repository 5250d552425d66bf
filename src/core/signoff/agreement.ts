/**
 * What a sign-off binds: the agreement, which is the spec as written minus
 * the fields outside it (internal notes, the paid media plan, the decision
 * log; see OUTSIDE_AGREEMENT, generated from the schema), hashed as SHA-256
 * over its RFC 8785 canonical JSON. Key order, quoting, comments and layout of
 * the YAML do not change the hash; any change to a term does.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { OUTSIDE_AGREEMENT } from '../../generated/audience.js';

export const HASH_ALGORITHM = 'sha256';
export const CANONICALIZATION = 'RFC8785';

function without(node: unknown, path: readonly string[]): unknown {
  if (node === null || typeof node !== 'object') return node;
  const [head, ...rest] = path;
  if (head === undefined) return node;
  if (head === '*') return Array.isArray(node) ? node.map((item) => without(item, rest)) : node;
  if (Array.isArray(node) || !Object.hasOwn(node, head)) return node;
  const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  // A list whose every item is outside ("paid_media_plan/*") goes as a whole, so adding one changes nothing.
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '*')) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** The terms of a parsed spec: a copy without the fields outside the agreement. */
export function agreementTerms(data: unknown): unknown {
  let out = data;
  for (const path of OUTSIDE_AGREEMENT) out = without(out, path);
  return out;
}

/** Thrown for data JSON cannot represent exactly (NaN, Infinity, integers beyond 2^53). */
export class NotCanonicalizable extends Error {}

function checkNumbers(node: unknown, pointer: string): void {
  if (typeof node === 'number') {
    if (!Number.isFinite(node)) throw new NotCanonicalizable(`${pointer || '/'} is ${node}, which JSON cannot represent`);
    if (Number.isInteger(node) && !Number.isSafeInteger(node)) throw new NotCanonicalizable(`${pointer || '/'} is an integer too large to keep exactly; write it as a string`);
  } else if (Array.isArray(node)) node.forEach((item, i) => checkNumbers(item, `${pointer}/${i}`));
  else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) checkNumbers(value, `${pointer}/${key}`);
}

/** RFC 8785 canonical JSON of the terms. */
export function canonicalTerms(terms: unknown): string {
  checkNumbers(terms, '');
  const text = canonicalize(terms);
  if (text === undefined) throw new NotCanonicalizable('the agreement is empty');
  return text;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a sign-off binds to, for a parsed spec. */
export function agreementHash(data: unknown): string {
  return sha256(canonicalTerms(agreementTerms(data)));
}
