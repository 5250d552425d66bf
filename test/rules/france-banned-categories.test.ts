import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('france-banned-categories', {
  valid: [{ name: 'the base spec' }, { name: 'nicotine outside France', edits: [['category: consumer_electronics', 'category: nicotine']] }],
  invalid: [
    {
      name: 'nicotine in France',
      edits: [
        ['category: consumer_electronics', 'category: nicotine'],
        ['  markets: [US, CA]\n  languages', '  markets: [US, CA, FR]\n  languages'],
      ],
      errors: [{ at: 'FR]\n  languages' }],
    },
    {
      name: 'crypto under French jurisdiction',
      edits: [
        ['category: consumer_electronics', 'category: crypto'],
        ['jurisdictions: [US, CA]', 'jurisdictions: [US, CA, FR]'],
      ],
      errors: [{ at: 'FR]', after: 'jurisdictions: ' }],
    },
  ],
});
