import { ruleTester } from '../helpers/rule-tester.js';

const END = 'window_end: 2027-03-11T20:00 America/Los_Angeles\n';
const recurs = (recurrence: string): [string, string] => [END, `${END}    recurrence: ${recurrence}\n`];

ruleTester('recurrence-consistent', {
  valid: [
    { name: 'the base spec (nothing recurs)' },
    { name: 'two pieces, monthly, on the second Tuesday as the first go-live is', edits: [recurs('{ frequency: monthly, occurrences: 2, day: second_tuesday }')] },
    { name: 'two pieces, monthly, on the first go-live day of each month', edits: [recurs('{ frequency: monthly, occurrences: 2 }')] },
    { name: 'two pieces, every other week', edits: [recurs('{ frequency: weekly, interval: 2, occurrences: 2 }')] },
  ],
  invalid: [
    {
      name: 'two pieces over three monthly occurrences',
      edits: [recurs('{ frequency: monthly, occurrences: 3 }')],
      errors: [{ at: '2', after: 'id: maya-tiktok\n    creator: maya-chen\n    platform: tiktok\n    format: short_video\n    count: ', message: /2 pieces over 3 occurrences/ }],
    },
    {
      name: 'a first go-live on a Tuesday for a recurrence on the first business day',
      edits: [recurs('{ frequency: monthly, occurrences: 2, day: first_business_day }')],
      errors: [{ at: '2027-03-09T17:00 America/Los_Angeles', message: /first goes live 2027-03-09, which is not the first business day of its month, .*the next on 2027-04-01/ }],
    },
    {
      name: 'a day of the month for a weekly recurrence',
      edits: [recurs('{ frequency: weekly, occurrences: 2, day: day_15 }')],
      errors: [{ at: 'day_15', message: /recurs weekly, but day names a day of the month/ }],
    },
  ],
});
