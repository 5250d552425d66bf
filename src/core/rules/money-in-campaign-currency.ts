import { encodePointer } from '../spec/pointer.js';
import { amountText, hit } from './helpers.js';
import { moneyFields } from './text-fields.js';
import type { Rule } from './types.js';

export const moneyInCampaignCurrency: Rule = {
  id: 'money-in-campaign-currency',
  severity: 'error',
  category: 'rights-and-money',
  description: 'Every amount (fees, bonuses, caps, budgets) is in the campaign currency.',
  rationale: 'A fee in EUR, a cap in USD and a budget in GBP cannot be added up or compared, and exchange-rate drift between signature and payment becomes a dispute.',
  docs: {
    bad: `campaign:
  currency: USD
compensation:
  - creator: jon-reyes
    amount: { amount: 9500, currency: CAD }`,
    good: `campaign:
  currency: USD
compensation:
  - creator: jon-reyes
    amount: { amount: 9500, currency: USD }`,
  },
  check(spec) {
    const currency = spec.campaign.currency;
    return moneyFields(spec)
      .filter((money) => money.currency !== currency)
      .map((money) =>
        hit(encodePointer([...money.segments, 'currency']), `${amountText(money.amount, money.currency)} is not in the campaign currency (${currency}).`, {
          hint: `Write the amount in ${currency}, as agreed, or change campaign.currency if the whole campaign is paid in ${money.currency}.`,
        }),
      );
  },
};
