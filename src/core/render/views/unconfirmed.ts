/**
 * "Not yet confirmed": the terms a document shows that are still assumed (kept
 * from a preset or derived by kickoff, never confirmed). Worked out on the
 * whole spec, then kept only where the reader's redacted data still has the
 * value, so a document never names a term its reader may not see.
 */
import { decodePointer, readablePath } from '../../spec/pointer.js';
import { assumedTerms, shortValue } from '../../spec/provenance.js';
import type { CampaignSpec } from '../../spec/model.js';
import { redact, type Audience } from '../redact.js';
import { isRecord } from '../../spec/plain-data.js';

export interface UnconfirmedTerm {
  /** `approvals.revision_rounds` */
  term: string;
  value: string;
}

const SENTINEL = '\u0000alignkit-assumed:';

/** A copy of the spec with the value at `path` replaced. */
function marked(node: unknown, path: readonly string[], mark: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return mark;
  if (Array.isArray(node)) return node.map((item, i) => (String(i) === head ? marked(item, rest, mark) : item));
  if (isRecord(node)) return { ...node, [head]: marked(node[head], rest, mark) };
  return node;
}

/** Whether a list entry (a deliverable, a fee, a backup) is about someone other than `party`; a deliverable is also about its co-creators. */
function aboutSomeoneElse(entry: unknown, party: string): boolean {
  if (!isRecord(entry)) return false;
  const names = ['creator', 'for', 'replacement', 'party'].map((k) => entry[k]).filter((v): v is string => typeof v === 'string');
  for (const list of [entry.creators, entry.co_creators]) if (Array.isArray(list)) names.push(...list.filter((v): v is string => typeof v === 'string'));
  if (names.length > 0) return !names.includes(party);
  return false;
}

export function unconfirmedView(spec: CampaignSpec, audience: Audience): UnconfirmedTerm[] {
  const terms = assumedTerms(spec);
  if (terms.length === 0) return [];
  let data: unknown = spec;
  terms.forEach((term, i) => {
    data = marked(data, decodePointer(term.pointer), `${SENTINEL}${i}`);
  });
  const seen = JSON.stringify(redact(data, audience));
  return terms.flatMap((term, i) => {
    if (!seen.includes(JSON.stringify(`${SENTINEL}${i}`))) return [];
    if (audience.kind === 'party') {
      const [section, index] = decodePointer(term.pointer);
      const list = (spec as unknown as Record<string, unknown>)[section!];
      if (Array.isArray(list) && index !== undefined && aboutSomeoneElse(list[Number(index)], audience.party)) return [];
      if (
        section === 'parties' &&
        Array.isArray(list) &&
        isRecord(list[Number(index)]) &&
        (list[Number(index)] as Record<string, unknown>).role === 'creator' &&
        (list[Number(index)] as Record<string, unknown>).id !== audience.party
      )
        return [];
    }
    return [{ term: readablePath(term.pointer, spec), value: shortValue(term.value, 120) }];
  });
}
