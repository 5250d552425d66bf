import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('escalation-path-reachable', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'one person only', edits: [['escalation_path: [sara-lind, leo-park, ines-alvarez]', 'escalation_path: [sara-lind]']], errors: [{ at: '[sara-lind]', after: 'escalation_path' }] },
    {
      name: 'someone without a phone',
      edits: [['escalation_path: [sara-lind, leo-park, ines-alvarez]', 'escalation_path: [sara-lind, dana-whitfield]']],
      errors: [{ at: 'dana-whitfield]', after: 'escalation_path: ' }],
    },
  ],
});
