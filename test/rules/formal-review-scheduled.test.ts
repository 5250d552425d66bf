import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('formal-review-scheduled', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'no formal review',
      edits: [['  formal_review:\n    date: "2027-05-20"\n    criteria:\n      - Views at or above 2.5 million\n      - Code orders at or above 1,800\n      - Net sentiment positive\n', '']],
      errors: [{ at: 'communication:\n  cadence' }],
    },
    { name: 'a review before the campaign ends', edits: [['date: "2027-05-20"', 'date: "2027-04-01"']], errors: [{ at: '"2027-04-01"' }] },
  ],
});
