import { encodePointer } from '../spec/pointer.js';
import { hit, walkSpec } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const moneyInCampaignCurrency: Rule = {
  id: 'money-in-campaign-currency',
  severity: 'error',
  category: 'rights-and-money',
  description: 'Every amount (fees, bonuses, caps, budgets) is in the campaign currency.',
  rationale:
    'A fee in EUR, a cap in USD and a budget in GBP cannot be added up or compared, and exchange-rate drift between signature and payment becomes a dispute.',
  docs: {
    bad: `campaign:
  currency: USD
compensation:
  - amount: { amount: 4000, currency: EUR }`,
    good: `compensation:
  - amount: { amount: 4000, currency: USD }`,
  },
  check(spec) {
    const currency = spec.campaign.currency;
    const hits: RuleHit[] = [];
    walkSpec(spec, (value, path) => {
      const money = value as { amount?: unknown; currency?: unknown } | null;
      if (money === null || typeof money !== 'object' || typeof money.amount !== 'number' || typeof money.currency !== 'string') return false;
      if (money.currency !== currency) hits.push(hit(encodePointer([...path, 'currency']), `${money.amount} ${money.currency} is not in the campaign currency (${currency}).`));
      return true;
    });
    return hits;
  },
};
