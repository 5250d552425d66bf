import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const terminationTerms: Rule = {
  id: 'termination-terms',
  severity: 'warning',
  category: 'rights-and-money',
  description: 'A mutual morality clause, termination for convenience with notice and fee, and what happens to published content.',
  rationale: 'When a creator or the brand becomes a liability, the questions are who can end it, how fast, at what cost and whether the posts stay up. Answering them in a crisis is too late.',
  docs: {
    bad: `conduct:
  morality: creator_only
termination:
  for_cause: [Breach of disclosure duties]
  content_on_termination: remove        # within how many days?`,
    good: `conduct:
  morality: mutual
termination:
  for_cause: [Breach of disclosure duties]
  for_convenience: { notice_days: 14, fee_pct: 50 }
  content_on_termination: remove
  remove_within_days: 7`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    if (!spec.conduct) hits.push(hit('', 'No conduct section: agree a morality clause and a takedown time.', { hint: 'Add conduct: { morality: mutual, takedown_sla_h: 24 }.' }));
    else if (spec.conduct.morality !== 'mutual')
      hits.push(
        hit(at('conduct', 'morality'), `The morality clause is ${spec.conduct.morality}; a mutual clause also protects the creator from a brand scandal.`, {
          hint: 'Agree morality: mutual, or waive this with the reason the clause binds one side only.',
        }),
      );
    const t = spec.termination;
    if (!t) {
      hits.push(
        hit('', 'No termination section: say how either side can end the agreement and what happens to the content.', {
          hint: 'Add termination with for_cause (the reasons) and content_on_termination (remains or remove).',
        }),
      );
      return hits;
    }
    if (!t.for_convenience) hits.push(hit(at('termination'), 'Termination for convenience is not defined: state notice days and the fee.', { target: 'key' }));
    if (t.content_on_termination === 'remove' && t.remove_within_days === undefined) {
      hits.push(
        hit(at('termination', 'content_on_termination'), 'Content must come down on termination, but remove_within_days does not say how fast.', {
          hint: 'Add remove_within_days, e.g. 7.',
        }),
      );
    }
    return hits;
  },
};
