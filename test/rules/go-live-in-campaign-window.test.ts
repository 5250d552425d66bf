import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('go-live-in-campaign-window', {
  valid: [{ name: 'the base spec' }, { name: '23:30 in New York on the last day', edits: [['at: 2027-03-12T10:00 America/Chicago', 'at: 2027-04-18T22:30 America/Chicago']] }],
  invalid: [
    {
      name: 'before the window opens',
      edits: [['at: 2027-03-10T12:00 America/Toronto', 'at: 2027-03-07T23:30 America/Toronto']],
      errors: [{ at: '2027-03-07T23:30 America/Toronto', message: /before the campaign window opens/ }],
    },
    {
      name: 'after midnight in the campaign time zone on the last day',
      edits: [['at: 2027-03-12T10:00 America/Chicago', 'at: 2027-04-18T23:30 America/Chicago']],
      errors: [{ at: '2027-04-18T23:30 America/Chicago', message: /after the campaign window closes/ }],
    },
    {
      name: 'a go-live window that runs past the end',
      edits: [['window_end: 2027-03-11T20:00 America/Los_Angeles', 'window_end: 2027-04-20T20:00 America/Los_Angeles']],
      errors: [{ at: '2027-04-20T20:00 America/Los_Angeles' }],
    },
    {
      name: 'the third occurrence of a monthly deliverable, after the end: found at its recurrence',
      edits: [
        ['count: 2\n    duration_s: { min: 20, max: 45 }', 'count: 3\n    duration_s: { min: 20, max: 45 }'],
        ['window_end: 2027-03-11T20:00 America/Los_Angeles\n', 'window_end: 2027-03-11T20:00 America/Los_Angeles\n    recurrence: { frequency: monthly, occurrences: 3 }\n'],
      ],
      errors: [{ at: '{ frequency: monthly, occurrences: 3 }', message: /^Deliverable maya-tiktok \(3\/3\) may go live \(2027-05-11T20:00 America\/Los_Angeles\) after/ }],
    },
  ],
});
