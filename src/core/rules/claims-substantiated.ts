import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import { REGULATED_CATEGORIES } from '../spec/vocabulary.js';

/** Claims regulators scrutinise most: health, money and environment. */
const SENSITIVE =
  /\b(?:clinically|proven|cures?|heals?|immun\w*|doctor|dermatolog\w*|weight|returns?|profit|earn|interest|risk[- ]free|guaranteed|eco|green|sustainabl\w*|carbon|recycl\w*|biodegradable|natural|organic|climate)\b/i;

export const claimsSubstantiated: Rule = {
  id: 'claims-substantiated',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'Each claim is approved by someone with approve_claims authority; health, money and green claims, and any claim in a regulated category, by legal or compliance.',
  rationale:
    'Advertisers and endorsers are liable for claims they cannot substantiate (FTC 16 CFR 255.1). Health, financial and environmental claims draw the most enforcement, so the person signing them off must be qualified to.',
  docs: {
    bad: `messaging:
  claims:
    - { id: eco, text: Made from 80 % recycled plastic, substantiation: Supplier letter, approved_by: leo-park }   # agency`,
    good: `messaging:
  claims:
    - { id: eco, text: Made from 80 % recycled plastic, substantiation: GRS certificate 2027-114, approved_by: dana-legal }`,
  },
  check(spec) {
    const parties = partiesById(spec);
    const regulated = (REGULATED_CATEGORIES as readonly string[]).includes(spec.campaign.category);
    const hits: RuleHit[] = [];
    (spec.messaging.claims ?? []).forEach((claim, i) => {
      const approver = parties.get(claim.approved_by);
      if (!approver) return;
      const where = (): string => at('messaging', 'claims', i, 'approved_by');
      if (!approver.authority.includes('approve_claims')) {
        hits.push(
          hit(where(), `Claim ${claim.id} is approved by ${approver.name}, who lacks the approve_claims authority.`, {
            hint: `Have someone with the approve_claims authority approve it, or add that authority to ${approver.name}'s.`,
          }),
        );
      } else if ((SENSITIVE.test(claim.text) || regulated) && approver.role !== 'legal' && approver.role !== 'compliance_approver') {
        hits.push(
          hit(
            where(),
            `Claim ${claim.id} ("${claim.text}") is a ${regulated ? 'regulated-category' : 'health, money or environmental'} claim; it needs approval from legal or compliance, not ${approver.role}.`,
          ),
        );
      }
    });
    return hits;
  },
};
