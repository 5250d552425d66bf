import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deliverable-fully-specified', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a video without a length', edits: [['    duration_s: { min: 20, max: 45 }\n', '']], errors: [{ at: 'id: maya-tiktok', message: /duration_s/ }] },
    { name: 'a story without frames', edits: [['    story_frames: 4\n', '']], errors: [{ at: 'id: jon-stories', message: /story_frames/ }] },
    { name: 'a shortest length above the longest', edits: [['{ min: 20, max: 45 }', '{ min: 50, max: 45 }']], errors: [{ at: '{ min: 50, max: 45 }' }] },
  ],
});
