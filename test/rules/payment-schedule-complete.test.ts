import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('payment-schedule-complete', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'a schedule that adds up to 80 %',
      edits: [{ from: '      - { pct: 50, trigger: go_live, net_days: 30 }', to: '      - { pct: 30, trigger: go_live, net_days: 30 }', after: 'creator: maya-chen' }],
      errors: [{ at: '- { pct: 50, trigger: signature', after: 'creator: maya-chen', message: /80 %/ }],
    },
    {
      name: 'a kill fee that drops after production starts',
      edits: [['{ before_production_pct: 40, after_production_pct: 100, paid_counts: true }', '{ before_production_pct: 40, after_production_pct: 20, paid_counts: true }']],
      errors: [{ at: '20, paid_counts: true }' }],
    },
  ],
});
