import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('references-resolve', {
  valid: [
    { name: 'the base spec' },
    { name: 'a co-creator who is a party', edits: [['    creator: maya-chen\n    platform: tiktok', '    creator: maya-chen\n    co_creators: [jon-reyes, priya-nair]\n    platform: tiktok']] },
  ],
  invalid: [
    {
      name: 'a co-creator nobody defined',
      edits: [['    creator: maya-chen\n    platform: tiktok', '    creator: maya-chen\n    co_creators: [jon-reyes, priya-nar]\n    platform: tiktok']],
      errors: [{ at: 'priya-nar]', message: /"priya-nar" is not the id of any entry in parties/ }],
    },
    {
      name: 'a typo in a RACI party id',
      edits: [
        [
          '    responsible: [sara-lind]\n    accountable: ines-alvarez\n    consulted: [dana-whitfield]\n',
          '    responsible: [sara-lind]\n    accountable: ines-alvares\n    consulted: [dana-whitfield]\n',
        ],
      ],
      errors: [{ at: 'ines-alvares\n', message: /"ines-alvares" is not the id/ }],
    },
    { name: 'a bonus on a KPI that does not exist', edits: [['      - kpi: code-sales', '      - kpi: code-sale']], errors: [{ at: 'code-sale\n' }] },
    { name: 'a paid flight for an unknown deliverable', edits: [['deliverables: [jon-reel]', 'deliverables: [jon-reels]']], errors: [{ at: 'jon-reels]' }] },
  ],
});
