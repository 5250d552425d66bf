import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('kpi-baseline-realistic', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a target 3.6 times the baseline', edits: [['target: 2500000', 'target: 4000000']], errors: [{ at: '4000000', message: /3\.6×/ }] },
    { name: 'no baseline', edits: [['    baseline:\n      value: 950\n      source: Codes used in the 2025 holiday campaign\n', '']], errors: [{ at: 'id: code-sales\n' }] },
  ],
});
