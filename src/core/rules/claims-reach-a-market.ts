import { deliverableMarkets } from '../spec/deliverable-facts.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const claimsReachAMarket: Rule = {
  id: 'claims-reach-a-market',
  severity: 'warning',
  category: 'disclosure-and-compliance',
  description: 'Every claim limited to some markets can be made in a market where at least one deliverable runs.',
  rationale:
    "A claim is shown in a creator's brief only for the markets it is approved in. A claim approved for markets where no deliverable runs (a US-only claim in a Canadian campaign, often a default nobody was asked about) reaches no brief: legal approved it, the brand expects it to be said, and no creator is ever told. Either add the markets it was cleared for, or remove the claim.",
  docs: {
    bad: `campaign:
  markets: [US, CA]
messaging:
  claims:
    - { id: battery-40h, text: Up to 40 hours of battery life, markets: [GB] }   # cleared for the UK only`,
    good: `campaign:
  markets: [US, CA]
messaging:
  claims:
    - { id: battery-40h, text: Up to 40 hours of battery life, markets: [US, CA] }`,
  },
  check(spec) {
    const reached = new Set(spec.deliverables.flatMap((d) => deliverableMarkets(spec, d)));
    const hits: RuleHit[] = [];
    (spec.messaging.claims ?? []).forEach((claim, i) => {
      if (!claim.markets || claim.markets.some((m) => reached.has(m))) return;
      hits.push(
        hit(
          at('messaging', 'claims', i, 'markets'),
          `Claim ${claim.id} is approved only for ${claim.markets.join(', ')}, where no deliverable runs (${[...reached].sort().join(', ')}); it reaches no creator's brief.`,
          {
            hint: 'Add the markets the claim was cleared for, or remove the claim.',
          },
        ),
      );
    });
    return hits;
  },
};
