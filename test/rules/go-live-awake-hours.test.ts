import { ruleTester } from '../helpers/rule-tester.js';

const PRIYA = 'at: 2027-03-12T10:00 America/Chicago';

ruleTester('go-live-awake-hours', {
  valid: [{ name: 'the base spec' }, { name: "an early podcast-style release at 05:00 on the creator's clock, 06:00 for the audience", edits: [[PRIYA, 'at: 2027-03-12T05:00 America/Chicago']] }],
  invalid: [
    {
      name: "a go-live at 03:00 on the creator's clock and 04:00 for both audiences",
      edits: [[PRIYA, 'at: 2027-03-12T03:00 America/Chicago']],
      errors: [
        {
          at: '2027-03-12T03:00 America/Chicago',
          message: /^priya-integration goes live at night: 03:00 for Priya Nair's clock, 04:00 for the US audience \(America\/New_York\), 04:00 for the CA audience \(America\/Toronto\)\.$/,
        },
      ],
    },
    {
      name: "a go-live typed in the brand's western office, past 2 am for a Toronto creator",
      edits: [['at: 2027-03-10T12:00 America/Toronto', 'at: 2027-03-10T23:30 America/Los_Angeles']],
      errors: [{ at: '2027-03-10T23:30 America/Los_Angeles', message: /jon-reel goes live at night: 02:30 for Jon Reyes's clock, 02:30 for the US audience/ }],
    },
    {
      name: 'a live panel at noon in Toronto with a co-creator in Singapore, where it is 01:00',
      edits: [
        ['    timezone: America/Chicago\n    authority: [sign_contract, issue_statement]', '    timezone: Asia/Singapore\n    authority: [sign_contract, issue_statement]'],
        ['    creator: jon-reyes\n    platform: instagram\n    format: reel', '    creator: jon-reyes\n    co_creators: [priya-nair]\n    platform: instagram\n    format: reel'],
      ],
      errors: [
        { at: '2027-03-10T12:00 America/Toronto', message: /^jon-reel goes live at night: 01:00 for Priya Nair's clock\.$/ },
        { at: '2027-03-12T10:00 America/Chicago', message: /^priya-integration goes live at night: 00:00 for Priya Nair's clock\.$/ },
      ],
    },
  ],
});
