import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('standard-risks-covered', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'no brand-safety risk',
      edits: [
        [
          '    - id: brand-safety\n      description: A creator is involved in a brand-safety incident\n      likelihood: 1\n      impact: 5\n      trigger: Incident reported by social listening or press\n      owner: ines-alvarez\n      mitigation: Sev1 process; pause paid within 1 h; holding statement after mutual consultation\n',
          '',
        ],
      ],
      errors: [{ at: '- id: creator-late', message: /a brand-safety incident/ }],
    },
    {
      name: 'no under-performance risk',
      edits: [
        [
          '    - id: under-delivery\n      description: Views pace below target\n      likelihood: 3\n      impact: 3\n      trigger: Below 40 % of the views target 10 days after the first post\n      owner: leo-park\n      mitigation: Shift Spark budget to the best-performing video at the day-10 check-in\n',
          '',
        ],
      ],
      errors: [{ at: '- id: creator-late', message: /under-performance/ }],
    },
  ],
});
