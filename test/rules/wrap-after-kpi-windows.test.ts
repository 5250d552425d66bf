import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('wrap-after-kpi-windows', {
  valid: [
    { name: 'the base spec' },
    { name: 'exclusivity that ends on the day the report is due', edits: [['    to: "2027-05-09"', '    to: "2027-05-09"']] },
    { name: 'the wrap report as a date after every window, flight and exclusivity', edits: [['wrap_report_due_days: 21', 'wrap_report_due: "2027-05-17"']] },
    { name: 'a flight that ends the day before the report', edits: [['    start: "2027-03-13"\n    end: "2027-04-12"', '    start: "2027-03-13"\n    end: "2027-05-08"']] },
  ],
  invalid: [
    {
      name: 'a wrap report due before a fixed KPI window closes',
      edits: [['wrap_report_due_days: 21', 'wrap_report_due_days: 5']],
      errors: [
        { at: '{ start: "2027-03-09", end: "2027-04-30" }', message: /measured until 2027-04-30/ },
        { at: '"2027-05-09"', after: 'exclusivity:' },
      ],
    },
    {
      name: 'a paid flight still running when the wrap report is due',
      edits: [['    start: "2027-03-13"\n    end: "2027-04-12"', '    start: "2027-03-13"\n    end: "2027-05-12"']],
      errors: [{ at: '"2027-05-12"', message: /Paid flight partnership-jon runs until 2027-05-12, but the wrap report is due 2027-05-09/ }],
    },
    { name: 'a days-after-post window that closes after the report', edits: [['window: { days_after_post: 14 }', 'window: { days_after_post: 60 }']], errors: [{ at: '{ days_after_post: 60 }' }] },
    {
      name: 'exclusivity that still binds the creators when the wrap report is due',
      edits: [['    to: "2027-05-09"', '    to: "2027-06-30"']],
      errors: [{ at: '"2027-06-30"', message: /Exclusivity for `maya-chen`, `jon-reyes`, `priya-nair` runs until 2027-06-30, but the wrap report is due 2027-05-09/ }],
    },
    {
      name: 'a wrap report date before a KPI window closes, stated as a date',
      edits: [['wrap_report_due_days: 21', 'wrap_report_due: "2027-04-25"']],
      errors: [
        { at: '{ start: "2027-03-09", end: "2027-04-30" }', message: /measured until 2027-04-30, but the wrap report is due 2027-04-25\./ },
        { at: '"2027-05-09"', after: 'exclusivity:' },
      ],
    },
    {
      name: 'a wrap report date inside the campaign',
      edits: [['wrap_report_due_days: 21', 'wrap_report_due: "2027-04-10"']],
      errors: [{ at: '"2027-04-10"', message: /due 2027-04-10, but the campaign runs until 2027-04-18/ }],
    },
  ],
});
