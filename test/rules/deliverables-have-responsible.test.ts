import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deliverables-have-responsible', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'a creator missing from the posting row',
      edits: [['responsible: [maya-chen, jon-reyes, priya-nair]', 'responsible: [maya-chen, jon-reyes]']],
      errors: [{ at: 'priya-nair', after: '- id: priya-integration\n    creator: ' }],
    },
    {
      name: 'a deliverable assigned to a talent manager',
      edits: [['  - id: maya-tiktok\n    creator: maya-chen', '  - id: maya-tiktok\n    creator: kim-osei']],
      errors: [{ at: 'kim-osei', after: '- id: maya-tiktok\n    creator: ', message: /talent_manager/ }],
    },
  ],
});
