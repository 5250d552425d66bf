import { ruleTester } from '../helpers/rule-tester.js';

const NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (extra: string): [string, string] => [NOTES, `brief_notes: One commute video, one "noise test" video on a busy street. ${extra}`];
/** Maya's two videos as a weekly series: the second goes live 16-18 March, its draft due 26 February. */
const WEEKLY: [string, string] = [
  '      window_end: 2027-03-11T20:00 America/Los_Angeles\n    min_live_days: 180',
  '      window_end: 2027-03-11T20:00 America/Los_Angeles\n    recurrence: { frequency: weekly, occurrences: 2 }\n    min_live_days: 180',
];

ruleTester('text-dates-match', {
  valid: [
    { name: 'the base spec' },
    { name: 'the draft date and the go-live window as the structured terms give them', edits: [notes('Send the draft by February 19th; it goes live between March 9 and 2027-03-11.')] },
    { name: 'a date that is about something else', edits: [notes('The product ships to you on 2027-02-10.')] },
    { name: "a recurring deliverable's later occurrence, as its own dates give it", edits: [WEEKLY, notes('The street video goes live on March 17. Send its draft by February 26.')] },
  ],
  invalid: [
    {
      name: 'a draft date two days before draft_due',
      edits: [notes('Send the draft by February 17.')],
      errors: [{ at: 'One commute video', message: /says "February 17" for the draft, but draft_due is 2027-02-19T17:00 America\/Los_Angeles/ }],
    },
    {
      name: 'a go-live day outside the go-live window',
      edits: [notes('Post it on 14 March 2027, after the launch event.')],
      errors: [{ at: 'One commute video', message: /says "14 March 2027" for going live, but go_live is 2027-03-09T17:00 America\/Los_Angeles to 2027-03-11T20:00 America\/Los_Angeles/ }],
    },
    {
      name: 'a go-live day that is no occurrence of a recurring deliverable',
      edits: [WEEKLY, notes('The street video goes live on March 24.')],
      errors: [
        {
          at: 'One commute video',
          message: /says "March 24" for going live, but go_live is 2027-03-09T17:00 America\/Los_Angeles to 2027-03-11T20:00 America\/Los_Angeles \(the first of 2 occurrences\)/,
        },
      ],
    },
  ],
});
