import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const deliverablesHaveResponsible: Rule = {
  id: 'deliverables-have-responsible',
  severity: 'error',
  category: 'responsibility',
  description: "Each deliverable's creator is a creator party, and the RACI names who is Responsible for posting it.",
  rationale: 'A deliverable assigned to the agency or brand by mistake, or one the posting row leaves out, is the piece nobody produces. Checking each against the RACI catches it at kickoff.',
  docs: {
    bad: `raci:
  - activity: posting
    responsible: [maya-chen, jon-reyes]   # priya-nair makes priya-integration`,
    good: `raci:
  - activity: posting
    responsible: [maya-chen, jon-reyes, priya-nair]`,
  },
  check(spec) {
    const parties = partiesById(spec);
    const posting = spec.raci.find((r) => r.activity === 'posting');
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const creator = parties.get(d.creator);
      if (!creator) return; // references-resolve reports it
      if (creator.role !== 'creator') {
        hits.push(hit(at('deliverables', i, 'creator'), `Deliverable ${d.id} is assigned to ${creator.name}, whose role is ${creator.role}, not creator.`));
      } else if (posting && !posting.responsible.includes(d.creator)) {
        hits.push(
          hit(at('deliverables', i, 'creator'), `Deliverable ${d.id} is made by ${d.creator}, who is not Responsible in the RACI posting row.`, {
            hint: `Add ${d.creator} to raci posting.responsible.`,
          }),
        );
      }
    });
    return hits;
  },
};
