import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('milestones-in-order', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'due before the milestone it depends on',
      edits: [['at: 2027-03-10T12:00 America/New_York', 'at: 2027-02-20T17:00 America/New_York']],
      errors: [{ at: 'all-drafts-in]', message: /is due before all-drafts-in/ }],
    },
    {
      name: 'a milestone that depends on itself',
      edits: [['depends_on: [contracts-signed]', 'depends_on: [product-delivered]']],
      errors: [{ at: '[product-delivered]', after: 'id: product-delivered', message: /depends on itself/ }],
    },
  ],
});
