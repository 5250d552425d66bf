import { shortHashOf } from '../signoff/short-hash.js';
import { signoffStatus } from '../signoff/status.js';
import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const signoffNotStale: Rule = {
  id: 'signoff-not-stale',
  severity: 'error',
  category: 'communication',
  description: "Nobody's sign-off is for an earlier version of the agreement: the terms did not change after they signed.",
  rationale:
    'A signature binds the exact terms that were signed (their SHA-256 in the sign-off ledger). When a deadline, fee or right changes afterwards, that signer has agreed to something that no longer exists, and week two starts with two versions of the truth. Re-sign after every change, and show people what changed with `alignkit diff --since-signoff`.',
  docs: {
    bad: `# Signed in spring.signoff.yaml by everyone; then a draft deadline moved:
deliverables:
  - id: maya-tiktok
    draft_due: 2027-02-22T17:00 America/Los_Angeles   # was 2027-02-19`,
    good: `# Signed in spring.signoff.yaml by everyone, and nothing changed since.
# After a change: alignkit diff --since-signoff spring.campaign.yaml,
# then every signatory signs the new version.`,
  },
  check(spec, context) {
    if (!context.signoff) return [];
    const status = signoffStatus(spec, context.signoff.hashOf(spec), context.signoff.ledger);
    return status.signatories.flatMap((row) => {
      if (row.state !== 'stale') return [];
      const index = spec.parties.findIndex((p) => p.id === row.party);
      const s = row.signature!;
      return [
        hit(
          at('parties', index),
          `${row.name} signed version ${shortHashOf(s.agreement)} (as ${s.signer}, ${s.at}), but the agreement has changed since (now ${shortHashOf(status.hash)}); their sign-off no longer covers these terms.`,
          { target: 'value', hint: `See what changed with \`alignkit diff --since-signoff <spec>\`, then sign again with \`alignkit sign <spec> --party ${row.party} --name "…"\`.` },
        ),
      ];
    });
  },
};
