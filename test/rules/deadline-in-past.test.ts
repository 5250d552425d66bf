import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deadline-in-past', {
  valid: [{ name: 'before every draft is due' }, { name: 'on the day a draft is due', today: '2027-02-19' }],
  invalid: [
    {
      name: 'three drafts already due',
      today: '2027-02-20',
      errors: [{ at: '2027-02-19T17:00 America/Los_Angeles' }, { at: '2027-02-19T17:00 America/Toronto', after: 'id: jon-reel' }, { at: '2027-02-19T17:00 America/Toronto', after: 'id: jon-stories' }],
    },
    {
      name: 'every draft already due',
      today: '2027-03-01',
      errors: [
        { at: '2027-02-19T17:00 America/Los_Angeles' },
        { at: '2027-02-19T17:00 America/Toronto', after: 'id: jon-reel' },
        { at: '2027-02-19T17:00 America/Toronto', after: 'id: jon-stories' },
        { at: '2027-02-24T12:00 America/Chicago' },
      ],
    },
  ],
});
