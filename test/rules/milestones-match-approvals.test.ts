import { ruleTester } from '../helpers/rule-tester.js';

const APPROVED_AT = '    name: All content approved\n    at: 2027-03-10T12:00 America/New_York';

ruleTester('milestones-match-approvals', {
  valid: [
    { name: 'the base spec (all content approved after the last possible approval, all drafts in after the last draft)' },
    {
      name: 'a milestone that counts first-round approvals only says so and is not read as "all approved"',
      edits: [[APPROVED_AT, '    name: First-round reviews done\n    at: 2027-03-05T17:00 America/New_York']],
    },
    {
      name: 'a name that reads as "all approved" with a kind that says it is not one',
      edits: [[APPROVED_AT, '    name: All content approved by the creators\n    kind: other\n    at: 2027-03-05T17:00 America/New_York']],
    },
  ],
  invalid: [
    {
      name: '"All content approved" before two revision rounds can end',
      edits: [[APPROVED_AT, '    name: All content approved\n    at: 2027-03-05T17:00 America/New_York']],
      errors: [
        {
          at: '2027-03-05T17:00 America/New_York',
          message:
            /^Milestone all-approved \(All content approved, read from its name\) is 2027-03-05T17:00 America\/New_York, but with the revision rounds the agreement allows, priya-integration can be approved as late as 2027-03-10T00:00 America\/New_York/,
          hint: /first-round approvals\. To state what it marks instead of its name: kind: all_content_approved, or kind: other\.$/,
        },
      ],
    },
    {
      name: 'a German milestone that states its kind, before two revision rounds can end',
      edits: [[APPROVED_AT, '    name: Alle Inhalte freigegeben\n    kind: all_content_approved\n    at: 2027-03-05T17:00 America/New_York']],
      errors: [
        {
          at: '2027-03-05T17:00 America/New_York',
          message: /^Milestone all-approved \(Alle Inhalte freigegeben\) is 2027-03-05T17:00 America\/New_York, but with the revision rounds/,
          hint: /first-round approvals\.$/,
        },
      ],
    },
    {
      name: '"All first drafts received" before the last draft is due',
      edits: [['    name: All first drafts received\n    at: 2027-02-26T20:00 America/New_York', '    name: All first drafts received\n    at: 2027-02-23T20:00 America/New_York']],
      errors: [
        {
          at: '2027-02-23T20:00 America/New_York',
          message: /^Milestone all-drafts-in \(All first drafts received, read from its name\) is .*, but the draft of priya-integration is not due until 2027-02-24T12:00 America\/Chicago/,
          hint: /kind: all_drafts_in, or kind: other\.$/,
        },
      ],
    },
  ],
});
