import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('rights-red-flags', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'perpetual rights', edits: [['  perpetual: false', '  perpetual: true']], errors: [{ at: 'true', after: 'perpetual: ' }] },
    { name: 'paid usage without a fee', edits: [['    fee: { amount: 4000, currency: USD }\n', '']], errors: [{ at: 'paid:\n    mechanisms' }] },
  ],
});
