import { ruleTester } from '../helpers/rule-tester.js';

const budget = (amount: number): [string, string] => [
  '  currency: USD\n  timezone: America/New_York\n',
  `  currency: USD\n  timezone: America/New_York\n  budget: { amount: ${amount}, currency: USD }\n`,
];
const cpa = (target: number, basis = ''): [string, string] => [
  '    reporting_cadence: weekly\n\ncompensation:\n',
  `    reporting_cadence: weekly\n  - id: cpa\n    metric: cpa\n    target: ${target}\n    unit: currency\n${basis}    data_source: promo_code\n    window: { start: "2027-03-09", end: "2027-04-30" }\n    owner: tom-becker\n    reporting_cadence: weekly\n\ncompensation:\n`,
];

// The base plans USD 84,000: creator fees 41,500, bonus caps 3,000, paid media 34,000, usage rights 4,000, exclusivity 1,500.
ruleTester('costs-add-up', {
  valid: [
    { name: 'the base spec' },
    { name: 'a budget the plan fits in', edits: [budget(96000)] },
    { name: 'a CPA target the plan meets at its conversions target (84,000 / 1,800 = 46.67)', edits: [cpa(50)] },
    { name: 'a CPA target on a stated cost basis (fees and media: 75,500 / 1,800 = 41.94)', edits: [cpa(45, '    cost_basis: [creator_fees, paid_media]\n')] },
  ],
  invalid: [
    {
      name: 'a plan over its budget',
      edits: [budget(80000)],
      errors: [
        {
          at: 'budget: { amount: 80000',
          message:
            /The plan spends USD 84,000 \(creator fees USD 41,500 \+ bonuses \(caps\) USD 3,000 \+ paid media USD 34,000 \+ usage rights USD 4,000 \+ exclusivity USD 1,500\), USD 4,000 over the budget of USD 80,000/,
        },
      ],
    },
    {
      name: 'a CPA target the plan misses even at its own conversions target',
      edits: [cpa(45)],
      errors: [{ at: '45\n    unit: currency', message: /Cost per acquisition target USD 45 cannot be met: even at the code-sales target of 1,800, the planned cost .* comes to USD 46\.67/ }],
    },
    {
      name: 'a CPA target on fees and media that is still too low',
      edits: [cpa(40, '    cost_basis: [creator_fees, paid_media]\n')],
      errors: [{ at: '40\n    unit: currency', message: /\(creator fees USD 41,500 \+ paid media USD 34,000\) comes to USD 41\.94/ }],
    },
  ],
});
