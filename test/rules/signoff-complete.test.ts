// Sign-off cases are written by hand: each runs with a ledger in which the listed parties signed the unedited base spec.
import { BASE_SIGNATORIES as ALL, ruleTester } from '../helpers/rule-tester.js';

ruleTester('signoff-complete', {
  valid: [
    { name: 'no ledger: drafts are not nagged' },
    { name: 'every signatory signed', signedBy: ALL },
    { name: 'a stale signature is not a missing one', signedBy: ALL, edits: [['amount: { amount: 14000, currency: USD }', 'amount: { amount: 14500, currency: USD }']] },
    { name: 'a party with no accountability need not sign', signedBy: [...ALL, 'tom-becker'] },
  ],
  invalid: [
    {
      name: 'two creators have not signed',
      signedBy: ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'priya-nair'],
      errors: [{ at: 'id: jon-reyes', message: /Jon Reyes has to sign/ }, { at: 'id: kim-osei' }],
    },
    {
      name: 'only the brand signed',
      signedBy: ['ines-alvarez'],
      errors: [{ at: 'id: dana-whitfield' }, { at: 'id: leo-park' }, { at: 'id: maya-chen' }, { at: 'id: jon-reyes' }, { at: 'id: kim-osei' }, { at: 'id: priya-nair' }],
    },
  ],
});
