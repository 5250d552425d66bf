import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('disclosure-label-accepted', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'German wording for a German market',
      edits: [
        ['    markets: [US]\n    brief_notes: One commute', '    markets: [US, DE]\n    brief_notes: One commute'],
        [
          '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
          '      labels: ["#ad", "Werbung"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
        ],
      ],
    },
  ],
  invalid: [
    {
      name: 'a weak label only',
      edits: [
        [
          '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
          '      labels: ["#sp"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
        ],
      ],
      errors: [{ at: '"#sp"]', message: /too weak a disclosure for US/ }],
    },
    {
      name: 'German wording for US and Canada',
      edits: [['labels: ["Ad"]', 'labels: ["Werbung"]']],
      errors: [
        { at: '["Werbung"]', message: /targets CA/ },
        { at: '["Werbung"]', message: /targets US/ },
      ],
    },
  ],
});
