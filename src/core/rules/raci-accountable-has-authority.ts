import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** The authority an Accountable party must hold for each activity. */
export const AUTHORITY_FOR: Readonly<Record<string, string>> = {
  brief_signoff: 'approve_content',
  contract: 'sign_contract',
  content_review: 'approve_content',
  claims_review: 'approve_claims',
  paid_amplification: 'approve_paid_media',
  crisis_statement: 'issue_statement',
  payment: 'release_payment',
};

export const raciAccountableHasAuthority: Rule = {
  id: 'raci-accountable-has-authority',
  severity: 'error',
  category: 'responsibility',
  description: 'The Accountable party for an activity holds the authority it needs (content review → approve_content, payment → release_payment, ...).',
  rationale: 'Being Accountable without the authority to decide turns every approval into a second approval by someone else, which the schedule does not allow for.',
  docs: {
    bad: `raci:
  - { activity: payment, responsible: [leo-park], accountable: sara-lind }   # sara-lind cannot release payments`,
    good: `raci:
  - { activity: payment, responsible: [leo-park], accountable: ines-alvarez }   # authority: [..., release_payment]`,
  },
  check(spec) {
    const parties = partiesById(spec);
    const hits: RuleHit[] = [];
    spec.raci.forEach((row, i) => {
      const needed = AUTHORITY_FOR[row.activity];
      const party = parties.get(row.accountable);
      if (!needed || !party || party.authority.includes(needed as never)) return;
      hits.push(
        hit(at('raci', i, 'accountable'), `${party.name} (${party.id}) is Accountable for ${row.activity} but lacks the ${needed} authority.`, {
          hint: `Add ${needed} to their authority, or make someone who has it Accountable.`,
        }),
      );
    });
    return hits;
  },
};
