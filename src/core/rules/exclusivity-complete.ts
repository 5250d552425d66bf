import { daysBetween } from '../time/wall.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const exclusivityComplete: Rule = {
  id: 'exclusivity-complete',
  severity: 'warning',
  category: 'rights-and-money',
  description: 'Exclusivity names categories or competitors and a fee, and does not run more than 90 days past the campaign unpaid.',
  rationale: '"Exclusive" without a list of categories or competitors is unenforceable or over-broad; long unpaid tails cost creators income and are the clause talent managers push back on hardest.',
  docs: {
    bad: `exclusivity:
  - { creators: [maya], from: "2027-03-01", to: "2027-12-31" }`,
    good: `exclusivity:
  - creators: [maya]
    categories: [wireless earbuds]
    competitors: [Sonix, AirWave]
    from: "2027-03-01"
    to: "2027-04-30"
    fee: { amount: 1500, currency: USD }`,
  },
  check(spec) {
    const end = spec.campaign.window.end;
    const hits: RuleHit[] = [];
    (spec.exclusivity ?? []).forEach((e, i) => {
      if (!(e.categories?.length || e.competitors?.length)) {
        hits.push(
          hit(at('exclusivity', i), 'This exclusivity names no categories or competitors, so nobody can tell what it excludes.', {
            target: 'key',
            hint: 'Add the categories (e.g. [earbuds, headphones]) or the competitors it excludes.',
          }),
        );
      }
      if (e.to < e.from) hits.push(hit(at('exclusivity', i, 'to'), `Exclusivity ends (${e.to}) before it starts (${e.from}).`, { hint: 'Swap the two dates, or correct the one that is wrong.' }));
      const tail = daysBetween(end, e.to);
      if (!e.fee && tail > 90) {
        hits.push(hit(at('exclusivity', i, 'to'), `Exclusivity runs ${tail} days past the campaign end without a fee.`, { hint: 'Pay for it, or shorten it to 90 days at most.' }));
      } else if (!e.fee) {
        hits.push(hit(at('exclusivity', i), 'Exclusivity has no fee.', { target: 'key', hint: 'State what it is paid, or 0 with the reason.' }));
      }
    });
    return hits;
  },
};
