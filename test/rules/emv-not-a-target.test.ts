import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('emv-not-a-target', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'EMV reported on a secondary objective',
      edits: [
        ['    metric: conversions', '    metric: emv'],
        ['      - kpi: code-sales\n        threshold: 600', '      - kpi: views-total\n        threshold: 600'],
      ],
    },
  ],
  invalid: [
    { name: 'EMV measures the primary objective', edits: [['    metric: views', '    metric: emv']], errors: [{ at: 'views-total, er-views]' }] },
    { name: 'a bonus on EMV', edits: [['    metric: conversions', '    metric: emv']], errors: [{ at: 'code-sales\n        threshold' }] },
  ],
});
