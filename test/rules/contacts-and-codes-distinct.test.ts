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
      name: "a party keeps the previous party's email",
      edits: [['      email: sara@brightline.example', '      email: Leo@Brightline.example']],
      errors: [{ at: 'Leo@Brightline.example', message: /^sara-lind has the same email as leo-park/ }],
    },
    {
      name: "a party keeps the previous party's phone number, written another way",
      edits: [['      phone: +1 212 555 0143', '      phone: +1 (212) 555-0187']],
      errors: [{ at: '+1 (212) 555-0187', message: /^[a-z-]+ has the same phone number as [a-z-]+ \(\+1 \(212\) 555-0187\); an urgent call would reach the wrong person\.$/ }],
    },
    {
      name: "a creator keeps the previous creator's handle",
      edits: [['      instagram: "@jonreyes"', '      tiktok: "mayamakes"']],
      errors: [{ at: '"mayamakes"', message: /^jon-reyes has the same tiktok handle as maya-chen \(mayamakes\)/ }],
    },
    {
      name: "a creator's tracking link is another creator's",
      edits: [
        ['utm_content=priya', 'utm_content=maya&x=1'],
        ['utm_source=tiktok&utm_medium=creator&utm_campaign=launch&utm_content=maya', 'utm_source=youtube&utm_medium=creator&utm_campaign=launch&utm_content=maya&x=1'],
      ],
      errors: [
        {
          at: 'https://nova-audio.example/buds-pro?utm_source=youtube&utm_medium=creator&utm_campaign=launch&utm_content=maya&x=1',
          after: '  - id: priya-integration',
          message: /uses the tracking link .*, which is maya-chen's;/,
        },
      ],
    },
  ],
});
