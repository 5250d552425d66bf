import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('disclosure-same-medium', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'a video disclosed in the caption only',
      edits: [['      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]', '      labels: ["#ad"]\n      placements: [caption_first_line, platform_tool]']],
      errors: [{ at: '[caption_first_line, platform_tool]' }],
    },
    {
      name: 'a story without an on-screen label',
      edits: [['placements: [on_screen, platform_tool]', 'placements: [caption_first_line, platform_tool]']],
      errors: [{ at: '[caption_first_line, platform_tool]' }],
    },
    {
      name: 'a short on-screen label in India',
      edits: [
        ['    markets: [US]\n    brief_notes: One commute', '    markets: [US, IN]\n    brief_notes: One commute'],
        ['      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15', '      on_screen_min_s: 2\n    tracking:\n      promo_code: MAYA15'],
      ],
      errors: [{ at: 'disclosure:\n      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 2', message: /ASCI/ }],
    },
  ],
});
