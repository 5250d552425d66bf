import { ruleTester } from '../helpers/rule-tester.js';

/** Priya's draft on the Friday before Memorial Day (31 May 2027), live on the Wednesday after, with no revision rounds. */
const BEFORE_MEMORIAL_DAY: [string, string][] = [
  ['revision_rounds: 2', 'revision_rounds: 0'],
  ['draft_due: 2027-02-24T12:00 America/Chicago', 'draft_due: 2027-05-28T12:00 America/Chicago'],
  ['at: 2027-03-12T10:00 America/Chicago', 'at: 2027-06-02T18:00 America/Chicago'],
];
/** Priya's draft on a Friday evening, live the next Wednesday morning, with no revision rounds: 7 hours short. */
const FRIDAY_DRAFT: [string, string][] = [
  ['revision_rounds: 2', 'revision_rounds: 0'],
  ['draft_due: 2027-02-24T12:00 America/Chicago', 'draft_due: 2027-03-05T17:00 America/Chicago'],
  ['at: 2027-03-12T10:00 America/Chicago', 'at: 2027-03-10T10:00 America/Chicago'],
];
const BRAND_STAGE = '    - name: Brand and claims review';
const INES = '    authority: [approve_content, sign_contract, issue_statement, pause_content, release_payment, approve_paid_media]\n    backup: tom-becker';

ruleTester('approval-chain-fits', {
  valid: [
    { name: 'the base spec' },
    {
      // working-time-valid reports such a day at its field; the chain is still counted (in every weekday hour), not a crash.
      name: "an approver's working day that ends before it starts",
      edits: [
        [
          '    authority: [approve_content, sign_contract, issue_statement, pause_content, release_payment, approve_paid_media]\n    backup: tom-becker',
          '    authority: [approve_content, sign_contract, issue_statement, pause_content, release_payment, approve_paid_media]\n    backup: tom-becker\n    working_hours: { days: [monday, tuesday, wednesday, thursday, friday], start: "17:00", end: "09:00" }',
        ],
      ],
    },
    { name: 'calendar-hour reviews that fit', edits: [['review_window: { hours: 48, basis: business }', 'review_window: { hours: 48, basis: calendar }']] },
    { name: 'a draft before a holiday weekend, for approvers who work through it', edits: BEFORE_MEMORIAL_DAY },
    {
      name: 'the Friday-evening draft below, with brand and claims reviewing in parallel with the agency',
      edits: [...FRIDAY_DRAFT, [BRAND_STAGE, `${BRAND_STAGE}\n      parallel_with_previous: true`]],
    },
    {
      name: 'five revision rounds, each re-reviewed in 4 hours (with the full 48-hour window they fail: below)',
      edits: [
        ['revision_rounds: 2', 'revision_rounds: 5\n  re_review_window: { hours: 4, basis: calendar }'],
        ['creator_turnaround_h: 48', 'creator_turnaround_h: 24'],
      ],
    },
    {
      name: 'working hours stated for the brand approver whose window is given in them (16 working hours: two days)',
      edits: [
        [INES, `${INES}\n    working_hours: { days: [monday, tuesday, wednesday, thursday, friday], start: "09:00", end: "17:00" }`],
        ['review_window: { hours: 48, basis: business }', 'review_window: { hours: 16, basis: business }'],
      ],
    },
  ],
  invalid: [
    {
      name: 'a draft due too close to go-live',
      edits: [['draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-03-03T17:00 America/Los_Angeles']],
      errors: [{ at: '2027-03-09T17:00 America/Los_Angeles', message: /cannot be approved before it goes live.* The first review pass fits; the revision rounds do not\.$/ }],
    },
    {
      name: 'five revision rounds push every deliverable past go-live: one finding at the chain, listing each',
      edits: [['revision_rounds: 2', 'revision_rounds: 5']],
      errors: [
        {
          at: 'approvals:',
          message:
            /^The approval chain cannot finish before go-live for 4 of 4 deliverables: .*revision rounds.* ends after go-live for maya-tiktok \(\d+ hours late\), jon-reel \(\d+ hours late\), jon-stories \(\d+ hours late\), priya-integration \(\d+ hours late\)\. The first review pass fits; the revision rounds do not\.$/,
        },
      ],
    },
    {
      name: 'two late drafts are reported at their own go-lives, not grouped',
      edits: [
        ['draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-03-03T17:00 America/Los_Angeles'],
        ['draft_due: 2027-02-24T12:00 America/Chicago', 'draft_due: 2027-03-09T12:00 America/Chicago'],
      ],
      errors: [
        { at: '2027-03-09T17:00 America/Los_Angeles', message: /^Deliverable maya-tiktok cannot be approved/ },
        { at: '2027-03-12T10:00 America/Chicago', message: /^Deliverable priya-integration cannot be approved/ },
      ],
    },
    {
      name: 'a Friday-evening draft with business-hour reviews over a weekend',
      edits: FRIDAY_DRAFT,
      errors: [{ at: '2027-03-10T10:00 America/Chicago', message: /ends 2027-03-10T17:00 America\/Chicago, 7 hours after go-live .*\. The first review pass alone ends after go-live\.$/ }],
    },
    {
      name: 'five revision rounds with a 24-hour turnaround, each re-reviewed by the full brand window',
      edits: [
        ['revision_rounds: 2', 'revision_rounds: 5'],
        ['creator_turnaround_h: 48', 'creator_turnaround_h: 24'],
      ],
      errors: [{ at: 'approvals:', message: /^The approval chain cannot finish before go-live for 4 of 4 deliverables: .*re-review by Brand and claims review \(48 business h\)/ }],
    },
    {
      name: 'stages in parallel still fail when the slower one alone ends after go-live, and the message says they run alongside',
      edits: [...FRIDAY_DRAFT, [BRAND_STAGE, `${BRAND_STAGE}\n      parallel_with_previous: true`], ['at: 2027-03-10T10:00 America/Chicago', 'at: 2027-03-09T10:00 America/Chicago']],
      errors: [{ at: '2027-03-09T10:00 America/Chicago', message: /Agency check \(24 business h\) alongside Brand and claims review \(48 business h\) ends 2027-03-09T17:00 America\/Chicago/ }],
    },
    {
      name: "the brand approver's public holidays (US: Memorial Day) push the review past go-live",
      edits: [...BEFORE_MEMORIAL_DAY, [INES, `${INES}\n    holidays: US`]],
      errors: [
        {
          at: '2027-06-02T18:00 America/Chicago',
          message:
            /Brand and claims review \(48 business h, US public holidays off\) ends 2027-06-02T23:00 America\/Chicago, 5 hours after go-live .*The first review pass alone ends after go-live\.$/,
        },
      ],
    },
    {
      name: 'a 09:00-17:00 working week makes 48 business hours six working days: every deliverable is late',
      edits: [[INES, `${INES}\n    working_hours: { days: [monday, tuesday, wednesday, thursday, friday], start: "09:00", end: "17:00" }`]],
      errors: [
        {
          at: 'approvals:',
          message:
            /^The approval chain cannot finish before go-live for 4 of 4 deliverables: Agency check \(24 business h\) \+ Brand and claims review \(48 business h, Mon-Fri 09:00-17:00\), then .* The first review pass fits; the revision rounds do not\.$/,
        },
      ],
    },
  ],
});
