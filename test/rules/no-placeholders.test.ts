import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('no-placeholders', {
  valid: [
    { name: 'the base spec' },
    {
      name: "a stand-in inside a longer value is the team's own wording",
      edits: [{ from: '    organisation: Nova Audio Inc.', to: '    organisation: The Brand Company', after: '  - id: ines-alvarez' }],
    },
    { name: 'the same words in another field are ordinary text (a title)', edits: [['    title: Head of Influencer Marketing', '    title: Brand Manager']] },
    {
      name: 'a stand-in recorded under assumed: is reported where it is used, not there',
      edits: [{ from: '    by: ines-alvarez\n', to: '    by: ines-alvarez\n\nassumed:\n  /campaign/internal_notes: The Brand\n', after: '  - id: d-001' }],
    },
  ],
  invalid: [
    {
      name: "a preset's organisation and email kept with Enter",
      edits: [{ from: '    organisation: Nova Audio Inc.', to: '    organisation: The Brand', after: '  - id: ines-alvarez' }, ['ines.alvarez@nova-audio.example', 'brand.lead@brand.example']],
      errors: [{ at: 'The Brand', message: /^"The Brand" is a kickoff preset's stand-in, not a value anyone agreed\.$/ }, { at: 'brand.lead@brand.example' }],
    },
    {
      name: 'whatever the letter case: a key message, a promo code',
      edits: [
        ['    - 40 hours of battery life with the charging case\n    - Adaptive', '    - the one product benefit the audience should remember\n    - Adaptive'],
        ['promo_code: MAYA15', 'promo_code: creator1'],
      ],
      errors: [{ at: 'the one product benefit' }, { at: 'creator1', message: /^"creator1" is a kickoff preset's stand-in/ }],
    },
  ],
});
