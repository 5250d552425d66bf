import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

const LISTS = ['parties', 'objectives', 'deliverables', 'milestones', 'kpis', 'paid_media_plan', 'decision_log'] as const;

export const idsUnique: Rule = {
  id: 'ids-unique',
  severity: 'error',
  category: 'responsibility',
  description: 'Ids are unique within each list (parties, deliverables, KPIs, claims, risks, ...).',
  rationale: 'Two deliverables called tiktok-1 make every reference to tiktok-1 ambiguous: which one is the bonus, the paid flight or the mandatory element about?',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
  - id: maya-tiktok`,
    good: `deliverables:
  - id: maya-tiktok-1
  - id: maya-tiktok-2`,
  },
  check(spec) {
    const lists: [string[], { id: string }[]][] = LISTS.map((name) => [[name], (spec as unknown as Record<string, { id: string }[] | undefined>)[name] ?? []]);
    lists.push([['messaging', 'claims'], spec.messaging.claims ?? []]);
    lists.push([['contingency', 'risks'], spec.contingency.risks]);
    const hits: RuleHit[] = [];
    for (const [path, items] of lists) {
      const first = new Map<string, number>();
      items.forEach((item, i) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) first.set(item.id, i);
        else
          hits.push(
            hit(at(...path, i, 'id'), `The id "${item.id}" is already used by ${path.join('.')}[${earlier}]; ids must be unique.`, {
              hint: 'Give one of them another id, and change the references to it.',
            }),
          );
      });
    }
    return hits;
  },
};
