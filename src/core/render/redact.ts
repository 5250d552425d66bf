/**
 * Audience redaction. The schema marks fields with `x-audience`: `internal`
 * fields (budgets, notes) never leave the brand and agency; `party` fields
 * (a creator's fee) are shown to the party they name and to no other creator.
 * Redaction runs on the data before any view or template sees it, so a
 * custom template cannot leak what it is never given.
 */
import { AUDIENCE_MARKS } from '../../generated/audience.js';

export interface AudienceMark {
  /** Keys from the root; "*" stands for every item of a list. */
  path: string[];
  audience: 'internal' | 'party';
  /** For `party`: the field of the item that names the one party who may see it. */
  partyField?: string;
}

/** Who a document is for: everyone who signs the agreement, or one creator. */
export type Audience = { kind: 'agreement' } | { kind: 'party'; party: string };

function prune(node: unknown, path: readonly string[], keep: (value: unknown) => boolean): unknown {
  if (node === null || typeof node !== 'object') return node;
  const [head, ...rest] = path;
  if (head === undefined) return node;
  if (head === '*') {
    if (!Array.isArray(node)) return node;
    return rest.length === 0 ? node.filter(keep) : node.map((item) => prune(item, rest, keep));
  }
  if (Array.isArray(node) || !Object.hasOwn(node, head)) return node;
  const copy = { ...(node as Record<string, unknown>) };
  if (rest.length === 0) {
    if (!keep(copy[head])) delete copy[head];
  } else {
    copy[head] = prune(copy[head], rest, keep);
  }
  return copy;
}

/** A copy of `data` holding only what `audience` may see. */
export function redact<T>(data: T, audience: Audience, marks: readonly AudienceMark[] = AUDIENCE_MARKS): T {
  let out: unknown = data;
  for (const mark of marks) {
    if (mark.audience === 'internal') out = prune(out, mark.path, () => false);
    else if (audience.kind === 'party') {
      const field = mark.partyField!;
      out = prune(out, mark.path, (value) => (value as Record<string, unknown> | null)?.[field] === audience.party);
    }
  }
  return out as T;
}
