import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('exclusivity-complete', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'nothing named',
      edits: [['    categories: [wireless earbuds, over-ear headphones]\n    competitors: [Sonix, AirWave, Beatline]\n', '']],
      errors: [{ at: 'creators: [maya-chen, jon-reyes, priya-nair]' }],
    },
    { name: 'a long unpaid tail', edits: [['    to: "2027-05-09"\n    fee: { amount: 1500, currency: USD }\n', '    to: "2027-12-31"\n']], errors: [{ at: '"2027-12-31"', message: /257 days/ }] },
  ],
});
