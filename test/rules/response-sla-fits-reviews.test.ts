import { ruleTester } from '../helpers/rule-tester.js';

const V2: [string, string] = ['apiVersion: alignkit/v1', 'apiVersion: alignkit/v2'];

ruleTester('response-sla-fits-reviews', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'one working day of review (8 business hours of Mon-Fri 09:00-17:00) against a 12-hour response time: the window lasts longer on the clock',
      edits: [V2, ['review_window: { hours: 24, basis: business }', 'review_window: { hours: 8, basis: business }']],
    },
  ],
  invalid: [
    { name: 'a response time as long as the shortest review', edits: [['response_sla_h: 12', 'response_sla_h: 24']], errors: [{ at: '24', after: 'response_sla_h: ' }] },
    {
      name: 'a review shorter than the response time',
      edits: [['review_window: { hours: 24, basis: business }', 'review_window: { hours: 8, basis: business }']],
      errors: [{ at: '12', after: 'response_sla_h: ', message: /shortest review window is 8 h\./ }],
    },
    {
      name: 'a response time longer than one working day of review lasts on the clock',
      edits: [V2, ['review_window: { hours: 24, basis: business }', 'review_window: { hours: 8, basis: business }'], ['response_sla_h: 12', 'response_sla_h: 20']],
      errors: [{ at: '20', after: 'response_sla_h: ', message: /shortest review window is 8 business h, 17 h on the clock from a Monday\./ }],
    },
  ],
});
