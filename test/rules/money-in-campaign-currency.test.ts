import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('money-in-campaign-currency', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a fee in another currency', edits: [['amount: { amount: 9500, currency: USD }', 'amount: { amount: 9500, currency: CAD }']], errors: [{ at: 'CAD' }] },
    {
      name: 'a renewal fee in euros',
      edits: [['renewal_fee: { amount: 2500, currency: USD }', 'renewal_fee: { amount: 2500, currency: EUR }']],
      errors: [{ at: 'EUR', message: /^EUR 2,500 is not in the campaign currency \(USD\)\.$/, hint: /^Write the amount in USD, as agreed, or change campaign\.currency/ }],
    },
  ],
});
