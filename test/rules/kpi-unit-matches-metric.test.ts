import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('kpi-unit-matches-metric', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'views in percent', edits: [['    target: 2500000\n    unit: count', '    target: 2500000\n    unit: percent']], errors: [{ at: 'percent\n    baseline:\n      value: 1100000' }] },
    { name: 'an engagement rate above 100 percent', edits: [['target: 5.5', 'target: 140']], errors: [{ at: '140', after: 'target: ' }] },
  ],
});
