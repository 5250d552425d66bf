import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('reporting-rhythm', {
  valid: [
    { name: 'the base spec' },
    { name: 'a check-in on day 8', edits: [['check_ins_days_after_first_post: [7, 10]', 'check_ins_days_after_first_post: [8]']] },
    { name: 'a wrap report date 30 days after the end', edits: [['wrap_report_due_days: 21', 'wrap_report_due: "2027-05-18"']] },
  ],
  invalid: [
    { name: 'no check-in between day 7 and 10', edits: [['check_ins_days_after_first_post: [7, 10]', 'check_ins_days_after_first_post: [14, 21]']], errors: [{ at: '[14, 21]' }] },
    { name: 'a wrap report 45 days after the end', edits: [['wrap_report_due_days: 21', 'wrap_report_due_days: 45']], errors: [{ at: '45', after: 'wrap_report_due_days' }] },
    {
      name: 'a wrap report date 45 days after the end',
      edits: [['wrap_report_due_days: 21', 'wrap_report_due: "2027-06-02"']],
      errors: [{ at: '"2027-06-02"', message: /due 2027-06-02, 45 days after the campaign ends/ }],
    },
  ],
});
