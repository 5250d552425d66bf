import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('paid-use-within-rights', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'an ungranted mechanism', edits: [['    mechanism: spark_ads', '    mechanism: whitelisting']], errors: [{ at: 'whitelisting' }] },
    { name: 'an unlicensed territory', edits: [['    territories: [US]\n    budget: { amount: 22000', '    territories: [US, MX]\n    budget: { amount: 22000']], errors: [{ at: '[US, MX]' }] },
    {
      name: 'budgets above the spend cap',
      edits: [['spend_cap: { amount: 40000, currency: USD }', 'spend_cap: { amount: 30000, currency: USD }']],
      errors: [{ at: '{ amount: 30000, currency: USD }' }],
    },
  ],
});
