import { encodePointer } from '../spec/pointer.js';
import { hit } from './helpers.js';
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
    const path: (string | number)[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i += 1) {
          path.push(i);
          walk(node[i]);
          path.pop();
        }
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.amount === 'number' && typeof record.currency === 'string') {
        if (record.currency !== currency) hits.push(hit(encodePointer([...path, 'currency']), `${record.amount} ${record.currency} is not in the campaign currency (${currency}).`));
        return;
      }
      for (const key of Object.keys(record)) {
        path.push(key);
        walk(record[key]);
        path.pop();
      }
    };
    walk(spec);
    return hits;
  },
};
