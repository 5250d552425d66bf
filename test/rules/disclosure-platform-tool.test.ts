import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('disclosure-platform-tool', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'TikTok without the toggle',
      edits: [['      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]', '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen]']],
      errors: [{ at: '[caption_first_line, on_screen]\n' }],
    },
    { name: 'the tool alone', edits: [['placements: [on_screen, platform_tool]', 'placements: [platform_tool]']], errors: [{ at: '[platform_tool]' }] },
  ],
});
