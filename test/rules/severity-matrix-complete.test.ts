import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('severity-matrix-complete', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'no sev3 row',
      edits: [['    - level: sev3\n      definition: Off-brief post, missing tag or code\n      acknowledge_within_min: 1440\n      action_within_h: 48\n      escalate_to: [sara-lind]\n', '']],
      errors: [{ at: '- level: sev1', message: /no sev3/ }],
    },
    {
      name: 'sev1 without the creator side',
      edits: [['escalate_to: [ines-alvarez, dana-whitfield, leo-park, kim-osei]', 'escalate_to: [ines-alvarez, dana-whitfield, leo-park]']],
      errors: [{ at: '[ines-alvarez, dana-whitfield, leo-park]' }],
    },
    { name: 'a slow sev1 acknowledgement', edits: [['acknowledge_within_min: 60', 'acknowledge_within_min: 240']], errors: [{ at: '240' }] },
  ],
});
