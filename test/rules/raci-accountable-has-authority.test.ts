import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('raci-accountable-has-authority', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'payment owned by someone who cannot release it',
      edits: [['  - activity: payment\n    responsible: [leo-park]\n    accountable: ines-alvarez', '  - activity: payment\n    responsible: [leo-park]\n    accountable: leo-park']],
      errors: [{ at: 'leo-park', after: '- activity: payment\n    responsible: [leo-park]\n    accountable: ', message: /release_payment/ }],
    },
    {
      name: 'claims owned by someone who cannot approve them',
      edits: [['    accountable: dana-whitfield', '    accountable: sara-lind']],
      errors: [{ at: 'sara-lind', after: '- activity: claims_review\n    responsible: [sara-lind]\n    accountable: ' }],
    },
  ],
});
