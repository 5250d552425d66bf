import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('contacts-and-codes-distinct', {
  valid: [
    { name: "the base spec (one creator's two deliverables share his code)" },
    { name: 'distinct codes for every creator', edits: [{ from: 'promo_code: JON15', to: 'promo_code: JONR20', after: '  - id: jon-stories' }] },
  ],
  invalid: [
    {
      name: "a creator keeps the previous creator's promo code",
      edits: [{ from: 'promo_code: JON15', to: 'promo_code: maya15', after: '  - id: jon-reel' }],
      errors: [{ at: 'maya15', message: /^jon-reel \(jon-reyes\) uses the promo code maya15, which is maya-chen's;/ }],
    },
    {
      name: 'a party keeps the previous party\'s email',
      edits: [['      email: sara@brightline.example', '      email: Leo@Brightline.example']],
      errors: [{ at: 'Leo@Brightline.example', message: /^sara-lind has the same email as leo-park/ }],
    },
  ],
});
