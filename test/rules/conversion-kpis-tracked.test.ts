import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('conversion-kpis-tracked', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'no attribution window', edits: [['    attribution: { model: promo_code, window_days: 30 }\n', '']], errors: [{ at: 'id: code-sales\n' }] },
    {
      name: 'a bonus creator without tracking',
      edits: [['    tracking:\n      promo_code: MAYA15\n      utm: https://nova-audio.example/buds-pro?utm_source=tiktok&utm_medium=creator&utm_campaign=launch&utm_content=maya\n', '']],
      errors: [{ at: 'id: maya-tiktok' }],
    },
  ],
});
