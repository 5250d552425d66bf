import { ruleTester } from '../helpers/rule-tester.js';

/** Maya moves to another time zone; her two instalments get other terms. */
const maya = (zone: string): [string, string] => [
  '    timezone: America/Los_Angeles\n    authority: [sign_contract, issue_statement]\n    handles:\n      tiktok: "@mayamakes"',
  `    timezone: ${zone}\n    authority: [sign_contract, issue_statement]\n    handles:\n      tiktok: "@mayamakes"`,
];
const mayaTerms = (first: number, second: number): [string, string] => [
  '      - { pct: 50, trigger: signature, net_days: 15 }\n      - { pct: 50, trigger: go_live, net_days: 30 }\n    bonuses:',
  `      - { pct: 50, trigger: signature, net_days: ${first} }\n      - { pct: 50, trigger: go_live, net_days: ${second} }\n    bonuses:`,
];
const jonTerms = (first: number, second: number): [string, string] => [
  '      - { pct: 50, trigger: signature, net_days: 15 }\n      - { pct: 50, trigger: go_live, net_days: 30 }\n    kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }\n  - creator: priya-nair',
  `      - { pct: 50, trigger: signature, net_days: ${first} }\n      - { pct: 50, trigger: go_live, net_days: ${second} }\n    kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }\n  - creator: priya-nair`,
];

ruleTester('payment-terms-within-law', {
  valid: [
    { name: 'the base spec: creators in the US and Canada on 15 and 30 days' },
    { name: 'a creator in Berlin on exactly 60 days', edits: [maya('Europe/Berlin'), mayaTerms(15, 60)] },
    // No US or Canadian law caps a term between businesses (New York's Freelance Isn't Free Act only fills in a missing date).
    { name: "a US creator on the brand's 90-day terms", edits: [mayaTerms(15, 90)] },
    // Her business is American; she spends the spring in Paris.
    { name: 'a creator in Paris whose stated country is the US', edits: [maya('Europe/Paris\n    country: US'), mayaTerms(15, 90)] },
  ],
  invalid: [
    {
      name: 'a creator whose stated country is Spain, wherever her time zone',
      edits: [maya('America/Los_Angeles\n    country: ES'), mayaTerms(75, 30)],
      errors: [{ at: '75 }', message: /^Maya Chen works in Spain \(country: ES\), and instalment 1 of 2 is paid 75 days after its trigger; Spain allows no payment term/ }],
    },
    {
      name: "a creator in Paris on the brand's 90-day supplier terms for the go-live instalment",
      edits: [maya('Europe/Paris'), mayaTerms(15, 90)],
      errors: [
        {
          at: '90 }\n    bonuses:',
          message:
            /^Maya Chen works in France \(timezone: Europe\/Paris\), and instalment 2 of 2 is paid 90 days after its trigger; France allows no payment term between businesses beyond 60 days, whatever the contract says \(Code de commerce art\. L441-10\)\.$/,
        },
      ],
    },
    {
      name: "a creator whose public holidays are Berlin's, on 75 and 90 days",
      edits: [
        ['    timezone: America/Toronto\n    authority: [sign_contract, issue_statement]', '    timezone: America/Toronto\n    holidays: DE-BE\n    authority: [sign_contract, issue_statement]'],
        jonTerms(75, 90),
      ],
      errors: [
        {
          at: '75 }\n      - { pct: 50, trigger: go_live, net_days: 90 }\n    kill_fee',
          message:
            /^Jon Reyes works in Germany \(holidays: DE-BE\), and both instalments are paid up to 90 days after their trigger; between businesses in Germany, more than 60 days holds only when it is expressly agreed and not grossly unfair to the creator \(BGB § 271a/,
        },
      ],
    },
    {
      name: 'two creators in the UK and Ireland, each reported at their own schedule',
      edits: [
        maya('Europe/London'),
        mayaTerms(15, 61),
        ['    timezone: America/Toronto\n    authority: [sign_contract, issue_statement]', '    timezone: Europe/Dublin\n    authority: [sign_contract, issue_statement]'],
        jonTerms(120, 30),
      ],
      errors: [
        {
          at: '61 }',
          message:
            /^Maya Chen works in the United Kingdom \(timezone: Europe\/London\), and instalment 2 of 2 is paid 61 days after its trigger; .*Late Payment of Commercial Debts \(Interest\) Act 1998/,
        },
        { at: '120 }', message: /^Jon Reyes works in Ireland \(timezone: Europe\/Dublin\), and instalment 1 of 2 is paid 120 days .*\(EU Late Payment Directive 2011\/7\/EU, art\. 3\(5\)\)\.$/ },
      ],
    },
  ],
});
