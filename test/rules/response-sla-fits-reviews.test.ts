import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('response-sla-fits-reviews', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a response time as long as the shortest review', edits: [['response_sla_h: 12', 'response_sla_h: 24']], errors: [{ at: '24', after: 'response_sla_h: ' }] },
    {
      name: 'a review shorter than the response time',
      edits: [['review_window: { hours: 24, basis: business }', 'review_window: { hours: 8, basis: business }']],
      errors: [{ at: '12', after: 'response_sla_h: ', message: /shortest review window is 8 h/ }],
    },
  ],
});
