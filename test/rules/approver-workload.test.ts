import { BASE, ruleTester } from '../helpers/rule-tester.js';

const AGENCY = '      approver: sara-lind\n      review_window: { hours: 24, basis: business }\n      timezone: America/Los_Angeles';
const minutes = (n: number): [string, string] => [AGENCY, `${AGENCY}\n      minutes_per_draft: ${n}`];

// Jon's story deliverable, three more times under new ids: six drafts in the agency's review on the same Friday.
const JON_STORIES = /\n {2}- id: jon-stories\n[\s\S]*?(?=\n {2}- id: priya-integration)/.exec(BASE)![0];
const moreStories =
  JON_STORIES.replace('id: jon-stories', 'id: jon-stories-2') + JON_STORIES.replace('id: jon-stories', 'id: jon-stories-3') + JON_STORIES.replace('id: jon-stories', 'id: jon-stories-4');

ruleTester('approver-workload', {
  valid: [{ name: 'the base spec (five deliverables, no review time stated)' }, { name: 'an hour per draft: three drafts at once fit the 21 working hours they share', edits: [minutes(60)] }],
  invalid: [
    {
      name: 'ten hours per draft: three drafts at once need 30 of the 21 working hours they share',
      edits: [minutes(600)],
      errors: [
        {
          at: 'sara-lind\n      review_window',
          message:
            /^Sara Lind has 3 drafts in review at once \(maya-tiktok, jon-reel, jon-stories\) between 2027-02-19T17:00 America\/Los_Angeles and 2027-02-22T14:00 America\/Los_Angeles: 30 hours of reviewing in 21 working hours\.$/,
        },
      ],
    },
    {
      name: 'six drafts at once, and nobody said how long a review takes',
      edits: [[JON_STORIES, `${JON_STORIES}${moreStories}`]],
      errors: [
        { at: 'sara-lind\n      review_window', message: /^Sara Lind has 6 drafts in review at once \(.*\) between .*; nobody has said how long a review takes\.$/ },
        { at: 'ines-alvarez\n      review_window', message: /^Ines Alvarez has 6 drafts in review at once / },
      ],
    },
  ],
});
