import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('statements-consultation', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'no mutual consultation', edits: [['mutual_consultation: true', 'mutual_consultation: false']], errors: [{ at: 'false\n    consult_window_h' }] },
    { name: 'a two-day consultation window', edits: [['consult_window_h: 2', 'consult_window_h: 48']], errors: [{ at: '48\n    holding_statement' }] },
  ],
});
