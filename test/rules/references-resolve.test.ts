import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('references-resolve', {
  valid: [{ name: 'the base spec' }],
  invalid: [
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
