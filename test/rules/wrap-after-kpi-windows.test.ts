import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('wrap-after-kpi-windows', {
  valid: [
    { name: 'the base spec' },
    { name: 'a flight that ends the day before the report', edits: [['    start: "2027-03-13"\n    end: "2027-04-12"', '    start: "2027-03-13"\n    end: "2027-05-08"']] },
  ],
  invalid: [
    {
      name: 'a wrap report due before a fixed KPI window closes',
      edits: [['wrap_report_due_days: 21', 'wrap_report_due_days: 5']],
      errors: [{ at: '{ start: "2027-03-09", end: "2027-04-30" }', message: /measured until 2027-04-30/ }],
    },
    {
      name: 'a paid flight still running when the wrap report is due',
      edits: [['    start: "2027-03-13"\n    end: "2027-04-12"', '    start: "2027-03-13"\n    end: "2027-05-12"']],
      errors: [{ at: '"2027-05-12"', message: /Paid flight partnership-jon runs until 2027-05-12, but the wrap report is due 2027-05-09/ }],
    },
    { name: 'a days-after-post window that closes after the report', edits: [['window: { days_after_post: 14 }', 'window: { days_after_post: 60 }']], errors: [{ at: '{ days_after_post: 60 }' }] },
  ],
});
