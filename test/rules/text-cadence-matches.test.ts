import { ruleTester } from '../helpers/rule-tester.js';

const NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (text: string): [string, string] => [NOTES, `brief_notes: ${text}`];
const END = 'window_end: 2027-03-11T20:00 America/Los_Angeles\n';
const recurs = (recurrence: string): [string, string] => [END, `${END}    recurrence: ${recurrence}\n`];

ruleTester('text-cadence-matches', {
  valid: [
    { name: 'the base spec (two videos, no cadence in the text)' },
    { name: 'one video a month, recurring monthly', edits: [notes('One video a month, filmed on the commute.'), recurs('{ frequency: monthly, occurrences: 2 }')] },
    { name: 'a video every two weeks, recurring every other week', edits: [notes('A video every two weeks.'), recurs('{ frequency: weekly, interval: 2, occurrences: 2 }')] },
    { name: 'one per fortnight, recurring every other week', edits: [notes('Two videos, one per fortnight.'), recurs('{ frequency: weekly, interval: 2, occurrences: 2 }')] },
    // Base spec: "Integration between 1:00 and 3:00 of Priya's weekly review video": her show's cadence, one piece.
    { name: "a cadence that describes the creator's own show, not the deliverable" },
    { name: 'a cadence of something else (reporting)', edits: [notes('Monthly reporting of views; the videos go live together.')] },
  ],
  invalid: [
    {
      name: 'one video a month over two pieces that go live at once',
      edits: [notes('One video a month, filmed on the commute.')],
      errors: [
        {
          at: 'One video a month, filmed',
          message:
            /"One video a month" in deliverables\[0\] \(maya-tiktok\)\.brief_notes is every month, but all 2 pieces of maya-tiktok go live in one window \(2027-03-09 to 2027-03-11\): it has no recurrence/,
        },
      ],
    },
    {
      name: 'every two months in the text, monthly in the recurrence',
      edits: [notes('A video every two months.'), recurs('{ frequency: monthly, occurrences: 2 }')],
      errors: [{ at: 'A video every two months.', message: /is every 2 months, but maya-tiktok recurs every month/ }],
    },
    {
      name: 'one per fortnight in the text, weekly in the recurrence',
      edits: [notes('Two videos, one per fortnight.'), recurs('{ frequency: weekly, occurrences: 2 }')],
      errors: [{ at: 'Two videos, one per fortnight.', message: /"one per fortnight" .* is every 2 weeks, but maya-tiktok recurs every week/ }],
    },
  ],
});
