import { ruleTester } from '../helpers/rule-tester.js';

const NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (extra: string): [string, string] => [NOTES, `brief_notes: One commute video, one "noise test" video on a busy street. ${extra}`];
const BONUS = '      - kpi: code-sales\n        threshold: 600\n        amount: { amount: 1500, currency: USD }\n        cap: { amount: 3000, currency: USD }\n';
const bonus = (kpi: string, threshold: number, definition: string): [string, string] => [
  BONUS,
  `      - kpi: ${kpi}\n        threshold: ${threshold}\n        amount: { amount: 1500, currency: USD }\n        cap: { amount: 3000, currency: USD }\n        definition: ${definition}\n`,
];
const LEADS_KPI: [string, string] = [
  '    name: Orders with creator codes\n    metric: conversions\n',
  '    name: Marketing-qualified leads from creator links\n    metric: leads\n    definition: An MQL is a demo request from a company of 50 or more people.\n',
];

ruleTester('kpi-measured-one-way', {
  valid: [
    { name: 'the base spec' },
    { name: "a brief that writes the KPI's own formula", edits: [notes('We report engagements ÷ views for each video.')] },
    { name: 'a bonus defined as its KPI', edits: [bonus('er-views', 6, 'Engagements divided by views as in KPI er-views, averaged over both videos')] },
    { name: "a leads bonus counted at the KPI's stage", edits: [LEADS_KPI, bonus('code-sales', 600, "MQLs from Maya's link, as the KPI counts them")] },
  ],
  invalid: [
    {
      name: 'a brief that measures engagement by followers when the KPI is by views',
      edits: [notes('Success is engagements divided by followers above 6 %.')],
      errors: [
        {
          at: 'One commute video',
          message: /"engagements divided by followers" in deliverables\[0\] \(maya-tiktok\)\.brief_notes divides engagement by followers, but engagement rate is measured by views \(KPI er-views\)/,
        },
      ],
    },
    {
      name: 'a bonus that re-defines the engagement rate',
      edits: [bonus('er-views', 6, 'ER / reach, averaged over both videos')],
      errors: [{ at: 'ER / reach', message: /maya-chen's bonus divides by reach \("ER \/ reach"\), but KPI er-views measures engagement by views/ }],
    },
    {
      name: 'a bonus paid on leads accepted by sales for a KPI of marketing-qualified leads',
      edits: [LEADS_KPI, bonus('code-sales', 600, 'Leads accepted by sales in the CRM within 30 days')],
      errors: [{ at: 'Leads accepted by sales', message: /counts leads as accepted by sales \(SAL\), but KPI code-sales counts them as marketing-qualified \(MQL\)/ }],
    },
  ],
});
