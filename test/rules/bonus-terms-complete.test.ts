import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('bonus-terms-complete', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a bonus read from the brand CRM', edits: [['    data_source: promo_code', '    data_source: crm']], errors: [{ at: 'code-sales\n        threshold', message: /only the brand can see/ }] },
    { name: 'a cap below one payment', edits: [['        cap: { amount: 3000, currency: USD }', '        cap: { amount: 1000, currency: USD }']], errors: [{ at: '{ amount: 1000, currency: USD }' }] },
  ],
});
