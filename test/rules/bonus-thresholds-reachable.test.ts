import { ruleTester } from '../helpers/rule-tester.js';

/** A bonus for Jon on his own code sales, written after his payment schedule. */
const jonBonus = (threshold: number): [string, string] => [
  '      - { pct: 50, trigger: go_live, net_days: 30 }\n    kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }\n  - creator: priya-nair',
  `      - { pct: 50, trigger: go_live, net_days: 30 }\n    bonuses:\n      - { kpi: code-sales, scope: creator_total, threshold: ${threshold}, amount: { amount: 1000, currency: USD }, cap: { amount: 1000, currency: USD } }\n    kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }\n  - creator: priya-nair`,
];
const mayaOwnTotal = (threshold: number): [string, string] => [
  '      - kpi: code-sales\n        threshold: 600',
  `      - kpi: code-sales\n        scope: creator_total\n        threshold: ${threshold}`,
];

ruleTester('bonus-thresholds-reachable', {
  valid: [
    { name: 'the base spec: one bonus on the KPI itself' },
    // Without a scope a bonus is read on the campaign's total: above the target, it rewards beating the plan.
    { name: 'a stretch bonus on the campaign total, above the target', edits: [['        threshold: 600', '        threshold: 2400']] },
    { name: "two creators' own totals within the target", edits: [mayaOwnTotal(900), jonBonus(900)] },
    {
      name: 'a bonus per post is not added up',
      edits: [['      - kpi: code-sales\n        threshold: 600', '      - kpi: code-sales\n        scope: per_post\n        threshold: 1200'], jonBonus(900)],
    },
  ],
  invalid: [
    {
      name: "Maya's and Jon's own code sales, 1,000 each, against a campaign target of 1,800",
      edits: [mayaOwnTotal(1000), jonBonus(1000)],
      errors: [
        {
          at: '1000, amount: { amount: 1000',
          message: /^The bonuses on code-sales need 2,000 together \(maya-chen 1,000, jon-reyes 1,000\), above the campaign's whole target of 1,800: at the target they cannot all be paid\.$/,
        },
      ],
    },
    {
      name: "one creator's own total above the whole campaign's target",
      edits: [mayaOwnTotal(2000)],
      errors: [{ at: '2000\n        amount', message: /^maya-chen's bonus on code-sales starts at 2,000, above the campaign's whole target of 1,800/ }],
    },
  ],
});
