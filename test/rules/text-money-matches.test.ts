import { ruleTester } from '../helpers/rule-tester.js';

const MAYA_NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (text: string): [string, string] => [MAYA_NOTES, `brief_notes: ${text}`];

ruleTester('text-money-matches', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'the amounts the terms give, written as people write them',
      edits: [notes('Your fee is $14k, paid in two instalments of USD 7,000; each extra round is billed at $500; bonus USD 1,500 per 600 orders.')],
    },
    { name: 'a price that is not a term (no fee, bonus or budget in the sentence)', edits: [notes('The buds cost USD 149; show the price tag on screen.')] },
    { name: 'a fee and a bonus in one sentence, each next to its own amount', edits: [notes('A fee of USD 14,000 and a bonus of USD 1,500.')] },
    { name: 'the kill fee as its two shares, and the fee as what Maya is paid', edits: [notes('Maya is paid USD 14,000. The kill fee is 50 % before production and 100 % after.')] },
    { name: 'a percentage that is not about the kill fee', edits: [notes('Viewers get 15 % off with the code; the kill fee terms are in the contract.')] },
  ],
  invalid: [
    {
      name: 'what the creator is paid, written in a sentence without the word fee',
      edits: [notes('Maya is paid $15,000 for both videos.')],
      errors: [{ at: 'Maya is paid', message: /says \$15,000 for the creator's fee, but compensation \(maya-chen\)\.amount is USD 14,000/ }],
    },
    {
      name: 'the kill fee as a share the terms do not give',
      edits: [notes('If Nova cancels before filming starts, the kill fee is 30 % of the fee.')],
      errors: [{ at: 'If Nova cancels', message: /says "30 %" for the kill fee, but compensation \(maya-chen\)\.kill_fee is 50 % before production and 100 % after\.$/ }],
    },
    {
      name: 'an extra round priced below the agreed fee',
      edits: [notes('Two revision rounds are included; each extra round is billed at USD 300.')],
      errors: [{ at: 'Two revision rounds', message: /^deliverables\[0\] \(maya-tiktok\)\.brief_notes says USD 300 for an extra revision round, but approvals\.extra_round_fee is USD 500\.$/ }],
    },
    {
      name: "the creator's fee and the kill fee, both off",
      edits: [notes('Your fee is $12,000. If the brand cancels before production, the kill fee is USD 3,000.')],
      errors: [
        {
          at: 'Your fee is',
          message:
            /says \$12,000 for the creator's fee, but compensation \(maya-chen\)\.amount is USD 14,000.*; USD 3,000 for the kill fee, but compensation \(maya-chen\)\.kill_fee \(50 % before production\) is USD 7,000/,
        },
      ],
    },
    {
      name: 'a bonus in another currency, in the compensation text of the creator it pays',
      edits: [notes('A bonus of 1.500 € when code sales pass 600.')],
      errors: [{ at: 'A bonus of', message: /says 1\.500 € for a bonus, but compensation \(maya-chen\)\.bonuses \(code-sales\) is USD 1,500/ }],
    },
  ],
});
