import { amountText, at, hit, quoteList } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const paidUseWithinRights: Rule = {
  id: 'paid-use-within-rights',
  severity: 'error',
  category: 'rights-and-money',
  description: 'Every planned paid flight uses a mechanism and territories the usage rights grant, and stays within the spend cap.',
  rationale:
    "Media teams plan flights from the media plan, not the contract. A whitelisting flight in Canada on rights that grant Spark Ads in the US is unlicensed use of a creator's likeness, and it is usually found by the creator.",
  docs: {
    bad: `usage_rights:
  paid: { mechanisms: [spark_ads], days: 30, start: go_live, territories: [US] }
paid_media_plan:
  - { id: flight-1, deliverables: [maya-tiktok], mechanism: whitelisting, start: "2027-03-13", end: "2027-04-01", territories: [US, CA] }`,
    good: `paid_media_plan:
  - { id: flight-1, deliverables: [maya-tiktok], mechanism: spark_ads, start: "2027-03-13", end: "2027-04-01", territories: [US] }`,
  },
  check(spec) {
    const plan = spec.paid_media_plan ?? [];
    const paid = spec.usage_rights.paid;
    const hits: RuleHit[] = [];
    if (plan.length > 0 && !paid) {
      return [
        hit(at('paid_media_plan'), 'Paid flights are planned, but usage_rights grants no paid use.', { target: 'key', hint: 'Add usage_rights.paid with mechanisms, days, start and territories.' }),
      ];
    }
    if (!paid) return [];
    let budget = 0;
    plan.forEach((flight, i) => {
      if (!paid.mechanisms.includes(flight.mechanism)) {
        hits.push(
          hit(at('paid_media_plan', i, 'mechanism'), `Flight ${flight.id} uses ${flight.mechanism}, but the usage rights grant only ${quoteList(paid.mechanisms)}.`, {
            hint: `Use a granted mechanism, or agree ${flight.mechanism} with the creator in usage_rights.paid.mechanisms.`,
          }),
        );
      }
      const outside = flight.territories.filter((t) => !paid.territories.includes(t));
      if (outside.length > 0) {
        hits.push(
          hit(at('paid_media_plan', i, 'territories'), `Flight ${flight.id} targets ${outside.join(', ')}, outside the licensed territories (${paid.territories.join(', ')}).`, {
            hint: `Take ${outside.join(', ')} out of the flight, or license ${outside.length === 1 ? 'it' : 'them'} in usage_rights.paid.territories.`,
          }),
        );
      }
      // A budget in another currency is money-in-campaign-currency's finding; adding it here would mix currencies.
      if (flight.budget && flight.budget.currency === paid.spend_cap?.currency) budget += flight.budget.amount;
    });
    if (paid.spend_cap && budget > paid.spend_cap.amount) {
      const { currency } = paid.spend_cap;
      hits.push(
        hit(
          at('usage_rights', 'paid', 'spend_cap'),
          `The paid flights budget ${amountText(budget, currency)} in total, ${amountText(budget - paid.spend_cap.amount, currency)} above the agreed spend cap of ${amountText(paid.spend_cap.amount, currency)}.`,
          { hint: 'Lower the flight budgets, or agree a higher spend cap with the creator.' },
        ),
      );
    }
    return hits;
  },
};
