import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ids-unique', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'two deliverables with one id', edits: [['  - id: jon-stories', '  - id: jon-reel']], errors: [{ at: 'jon-reel', after: 'promo_code: JON15\n  - id: ' }] },
    { name: 'two risks with one id', edits: [['    - id: shipping-delay', '    - id: creator-late']], errors: [{ at: 'creator-late', after: 'id: creator-unavailable' }] },
  ],
});
