import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const revisionTerms: Rule = {
  id: 'revision-terms',
  severity: 'error',
  category: 'schedule',
  description: 'The fee for revision rounds beyond the included ones is stated.',
  rationale: '"Two rounds included" only settles anything if a third round has a price; otherwise round three is argued about at the moment the deadline is tightest.',
  docs: {
    bad: `approvals:
  revision_rounds: 2
  extra_round_fee: ~   # a third round costs what?`,
    good: `approvals:
  revision_rounds: 2
  extra_round_fee: { amount: 500, currency: USD }`,
  },
  check(spec) {
    if (spec.approvals.extra_round_fee) return [];
    return [
      hit(at('approvals', 'revision_rounds'), `${spec.approvals.revision_rounds} revision rounds are included, but the fee for another round is not stated (extra_round_fee).`, {
        hint: `Add approvals.extra_round_fee, e.g. { amount: 500, currency: ${spec.campaign.currency} }.`,
      }),
    ];
  },
};
