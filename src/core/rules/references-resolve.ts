import { encodePointer } from '../spec/pointer.js';
import { REFERENCES, REFERENCE_LISTS as LISTS, forEachAtPath, type ReferenceKind as Kind } from '../spec/references.js';
import { hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

function closest(id: string, candidates: string[]): string | undefined {
  const score = (c: string) => {
    const prefix = [...id].findIndex((ch, i) => c[i] !== ch);
    return prefix < 0 ? id.length : prefix;
  };
  const best = candidates.map((c) => [c, score(c)] as const).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : undefined;
}

export const referencesResolve: Rule = {
  id: 'references-resolve',
  severity: 'error',
  category: 'responsibility',
  description: 'Every party, KPI, deliverable and milestone named by id exists in the spec.',
  rationale:
    'A RACI entry, approver or bonus that points at an id nobody defined means a task with no real owner, or a bonus measured on nothing. Typos in ids are easy to make and invisible in a long document.',
  docs: {
    bad: `raci:
  - activity: content_review
    responsible: [leo-park]
    accountable: ines-alvares     # no party has this id`,
    good: `raci:
  - activity: content_review
    responsible: [leo-park]
    accountable: ines-alvarez`,
  },
  check(spec) {
    const ids: Record<Kind, string[]> = {
      party: spec.parties.map((p) => p.id),
      kpi: spec.kpis.map((k) => k.id),
      deliverable: spec.deliverables.map((d) => d.id),
      milestone: (spec.milestones ?? []).map((m) => m.id),
    };
    const hits: RuleHit[] = [];
    for (const [kind, pattern] of REFERENCES) {
      const known = ids[kind];
      forEachAtPath(spec, pattern, (value, path) => {
        if (typeof value !== 'string' || known.includes(value)) return;
        const suggestion = closest(value, known);
        hits.push(
          hit(encodePointer(path), `"${value}" is not the id of any entry in ${LISTS[kind]}.`, {
            hint: suggestion ? `Did you mean "${suggestion}"?` : `Known ${LISTS[kind]}: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}.`,
          }),
        );
      });
    }
    return hits;
  },
};
