import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('revision-terms', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'no fee for extra rounds', edits: [['  extra_round_fee: { amount: 500, currency: USD }\n', '']], errors: [{ at: '2\n  creator_turnaround_h' }] },
    {
      name: 'no rounds and no fee',
      edits: [
        ['  extra_round_fee: { amount: 500, currency: USD }\n', ''],
        ['revision_rounds: 2', 'revision_rounds: 0'],
      ],
      errors: [{ at: '0\n  creator_turnaround_h', message: /0 revision rounds/ }],
    },
  ],
});
