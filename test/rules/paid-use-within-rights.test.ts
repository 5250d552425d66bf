import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('paid-use-within-rights', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'a flight budgeted in another currency, which money-in-campaign-currency reports, is not added to the cap in dollars',
      edits: [
        ['spend_cap: { amount: 40000, currency: USD }', 'spend_cap: { amount: 30000, currency: USD }'],
        ['budget: { amount: 12000, currency: USD }', 'budget: { amount: 12000, currency: EUR }'],
      ],
    },
  ],
  invalid: [
    { name: 'an ungranted mechanism', edits: [['    mechanism: spark_ads', '    mechanism: whitelisting']], errors: [{ at: 'whitelisting' }] },
    { name: 'an unlicensed territory', edits: [['    territories: [US]\n    budget: { amount: 22000', '    territories: [US, MX]\n    budget: { amount: 22000']], errors: [{ at: '[US, MX]' }] },
    {
      name: 'budgets above the spend cap',
      edits: [['spend_cap: { amount: 40000, currency: USD }', 'spend_cap: { amount: 30000, currency: USD }']],
      errors: [
        {
          at: '{ amount: 30000, currency: USD }',
          message: /^The paid flights budget USD 34,000 in total, USD 4,000 above the agreed spend cap of USD 30,000\.$/,
          hint: /higher spend cap/,
        },
      ],
    },
  ],
});
