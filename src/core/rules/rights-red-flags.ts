import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const rightsRedFlags: Rule = {
  id: 'rights-red-flags',
  severity: 'warning',
  category: 'rights-and-money',
  description: 'Usage rights avoid the terms creators later contest: perpetual grants, AI alteration, paid use without a fee.',
  rationale:
    "Perpetual rights and AI alteration of a creator's likeness are the clauses most often renegotiated or refused; paid usage with no fee is usually an oversight that the talent manager will catch at signature, delaying it.",
  docs: {
    bad: `usage_rights:
  perpetual: true
  ai_alteration: true
  paid: { mechanisms: [whitelisting], days: 90, start: go_live, territories: [US] }   # no fee`,
    good: `usage_rights:
  perpetual: false
  ai_alteration: false
  paid: { mechanisms: [whitelisting], days: 90, start: go_live, territories: [US], fee: { amount: 3000, currency: USD } }`,
  },
  check(spec) {
    const r = spec.usage_rights;
    const hits: RuleHit[] = [];
    if (r.perpetual) hits.push(hit(at('usage_rights', 'perpetual'), 'Rights are granted in perpetuity.', { hint: 'State a number of days and a renewal fee instead.' }));
    if (r.ai_alteration)
      hits.push(hit(at('usage_rights', 'ai_alteration'), "The brand may alter the content or the creator's likeness with AI.", { hint: 'Make sure each creator has agreed to it in writing.' }));
    if (r.paid && !r.paid.fee)
      hits.push(
        hit(at('usage_rights', 'paid'), `Paid usage (${r.paid.days} days) has no fee.`, { target: 'key', hint: 'Agree one: paid usage is normally priced at 50-100 % of the base fee per month.' }),
      );
    return hits;
  },
};
