import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('disclosure-same-medium', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'a UK-only video with "Ad" first in the caption and the platform tool (the ASA asks no on-screen label)',
      edits: [
        ['    markets: [US]\n    brief_notes: One commute', '    markets: [GB]\n    brief_notes: One commute'],
        [
          '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
          '      labels: ["Ad"]\n      placements: [caption_first_line, platform_tool]\n    tracking:\n      promo_code: MAYA15',
        ],
      ],
    },
  ],
  invalid: [
    {
      name: 'a Canadian video disclosed in the caption only',
      edits: [
        ['    markets: [US]\n    brief_notes: One commute', '    markets: [CA]\n    brief_notes: One commute'],
        [
          '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
          '      labels: ["#ad"]\n      placements: [caption_first_line, platform_tool]\n    tracking:\n      promo_code: MAYA15',
        ],
      ],
      errors: [
        {
          at: '[caption_first_line, platform_tool]\n    tracking:\n      promo_code: MAYA15',
          message: /not on screen or spoken; CA asks for that \(Ad Standards Influencer Marketing Disclosure Guidelines/,
        },
      ],
    },
    {
      name: 'a UK and US video disclosed in the caption only: the FTC still wants it in the video',
      edits: [
        ['    markets: [US]\n    brief_notes: One commute', '    markets: [GB, US]\n    brief_notes: One commute'],
        [
          '      labels: ["#ad"]\n      placements: [caption_first_line, on_screen, platform_tool]\n      on_screen_min_s: 3\n    tracking:\n      promo_code: MAYA15',
          '      labels: ["#ad"]\n      placements: [caption_first_line, platform_tool]\n    tracking:\n      promo_code: MAYA15',
        ],
      ],
      errors: [{ at: '[caption_first_line, platform_tool]\n    tracking:\n      promo_code: MAYA15', message: /not on screen or spoken; US asks for that \(FTC Endorsement Guides, 16 CFR 255\.5/ }],
    },
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
