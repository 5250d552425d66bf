import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('disclosure-upfront', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'a hashtag stack',
      edits: [['      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]', '      labels: ["#ad"]\n      placements: [hashtag_stack, platform_tool]']],
      errors: [{ at: '[hashtag_stack, platform_tool]' }],
    },
    { name: 'the bio only', edits: [['placements: [verbal, on_screen, description_first_line, platform_tool]', 'placements: [bio]']], errors: [{ at: '[bio]' }] },
  ],
});
