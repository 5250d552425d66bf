import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('raci-one-accountable', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'two rows for content review',
      edits: [['  - activity: claims_review', '  - activity: content_review']],
      errors: [{ at: 'content_review', after: 'informed: [leo-park]\n  - activity: ' }],
    },
    {
      name: 'no payment row',
      edits: [['  - activity: payment\n    responsible: [leo-park]\n    accountable: ines-alvarez\n    informed: [maya-chen, jon-reyes, priya-nair, kim-osei]\n', '']],
      errors: [{ at: 'raci:', message: /no row for payment/ }],
    },
  ],
});
