/**
 * What a sign-off binds: the agreement, which is the spec as written minus
 * the fields outside it (internal notes, the paid media plan, the decision
 * log; see OUTSIDE_AGREEMENT, generated from the schema), hashed as SHA-256
 * over its RFC 8785 canonical JSON. Key order, quoting, comments and layout of
 * the YAML do not change the hash; any change to a term does.
 */
import canonicalize from 'canonicalize';
import { OUTSIDE_AGREEMENT } from '../../generated/audience.js';
import { CURRENT_API_VERSION, LEGACY_API_VERSION, partiesWithBusinessHours } from '../spec/version.js';
import { OFFICE_WEEK_STATED, WHOLE_WEEKDAYS_STATED } from '../time/working-time.js';
import { isRecord } from '../spec/plain-data.js';
import { sha256Hex } from './sha256.js';

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

/** The terms of a parsed spec: a copy without the fields outside the agreement, in one form for every format version. */
export function agreementTerms(data: unknown): unknown {
  let out = data;
  for (const path of OUTSIDE_AGREEMENT) out = without(out, path);
  return versionFree(out);
}

/** Whether a stated working week is exactly this one (days in any order). */
function sameWeek(stated: unknown, week: { days: readonly string[]; start: string; end: string }): boolean {
  if (!isRecord(stated) || !Array.isArray(stated.days)) return false;
  const days = new Set(stated.days);
  return stated.start === week.start && stated.end === week.end && days.size === week.days.length && week.days.every((d) => days.has(d));
}

/**
 * The terms as a v1 spec would state them: a v2 spec's default working day written out for every party whose
 * business hours count, and a v1 default (every weekday hour) written out left out again. So the same meaning
 * gives the same hash in either version, and `alignkit migrate`, which only writes out what v1 meant, leaves
 * every signature valid. A v1 spec's terms come out as they were (no v1 spec could state 24:00 before v2).
 */
function versionFree(terms: unknown): unknown {
  if (!isRecord(terms) || !Array.isArray(terms.parties)) return terms;
  const counted = partiesWithBusinessHours(terms);
  const v2 = terms.apiVersion === CURRENT_API_VERSION;
  const parties = terms.parties.map((party) => {
    if (!isRecord(party) || typeof party.id !== 'string' || !counted.has(party.id)) return party;
    if (party.working_hours === undefined) return v2 ? { ...party, working_hours: { ...OFFICE_WEEK_STATED, days: [...OFFICE_WEEK_STATED.days] } } : party;
    if (sameWeek(party.working_hours, WHOLE_WEEKDAYS_STATED)) {
      const { working_hours: _, ...rest } = party;
      return rest;
    }
    return party;
  });
  return { ...terms, ...(v2 ? { apiVersion: LEGACY_API_VERSION } : {}), parties };
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

/** The hash a sign-off binds to, for a parsed spec. */
export function agreementHash(data: unknown): string {
  return sha256Hex(canonicalTerms(agreementTerms(data)));
}
