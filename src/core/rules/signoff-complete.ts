import { signoffStatus } from '../signoff/status.js';
import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const signoffComplete: Rule = {
  id: 'signoff-complete',
  severity: 'warning',
  category: 'communication',
  description: 'Once sign-off has started, every party that is Accountable in the RACI or holds signing authority has signed.',
  rationale:
    '"Everyone signs off" means everyone who answers for an activity, not whoever was in the room. An agreement that the accountable legal reviewer or a creator never signed is only a proposal to them, and the gap surfaces at the first disagreement. The rule runs once the sign-off ledger exists, so drafts are not nagged.',
  docs: {
    bad: `# Signed in spring.signoff.yaml by everyone but maya-chen,
# a creator, who signs her own contract.`,
    good: `# Signed in spring.signoff.yaml by everyone:
# alignkit sign spring.campaign.yaml --party maya-chen --name "Maya Chen"
# alignkit status spring.campaign.yaml   → LOCKED`,
  },
  check(spec, context) {
    if (!context.signoff || context.signoff.ledger.signatures.length === 0) return [];
    const status = signoffStatus(spec, context.signoff.hashOf(spec), context.signoff.ledger);
    return status.signatories.flatMap((row) => {
      if (row.state !== 'missing') return [];
      const index = spec.parties.findIndex((p) => p.id === row.party);
      return [
        hit(at('parties', index), `${row.name} has to sign the agreement (Accountable in the RACI or holding signing authority) but has not signed any version yet.`, {
          hint: `alignkit sign <spec> --party ${row.party} --name "…"`,
        }),
      ];
    });
  },
};
