import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('engagement-rate-basis', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'no basis', edits: [['    basis: views\n', '']], errors: [{ at: 'engagement_rate\n    definition' }] },
    { name: 'a definition that divides by followers', edits: [['/ views x 100', '/ followers x 100']], errors: [{ at: '(likes + comments', message: /divides by followers/ }] },
  ],
});
