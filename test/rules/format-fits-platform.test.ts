import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('format-fits-platform', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a four-minute Reel', edits: [['{ min: 30, max: 60 }', '{ min: 30, max: 240 }']], errors: [{ at: '240 }' }] },
    {
      name: 'a landscape TikTok',
      edits: [['    aspect: "9:16"\n    language: en-US\n    markets: [US]', '    aspect: "16:9"\n    language: en-US\n    markets: [US]']],
      errors: [{ at: '"16:9"\n    language: en-US\n    markets: [US]' }],
    },
  ],
});
