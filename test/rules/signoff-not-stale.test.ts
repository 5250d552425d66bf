// Sign-off cases are written by hand: each runs with a ledger in which the listed parties signed the unedited base spec.
import { BASE_SIGNATORIES as ALL, ruleTester } from '../helpers/rule-tester.js';

ruleTester('signoff-not-stale', {
  valid: [
    { name: 'no ledger: sign-off has not started' },
    { name: 'everyone signed the spec as it is', signedBy: ALL },
    { name: 'internal notes changed after signing (not part of the agreement)', signedBy: ALL, edits: [['agency fee is 15 %', 'agency fee is 12 %']] },
    {
      name: 'a decision was logged after signing (a record, not a term)',
      signedBy: ['ines-alvarez'],
      edits: [['decision_log:\n', 'decision_log:\n  - id: d-009\n    date: "2027-02-01"\n    decision: Weekly sync moves to Wednesdays\n    by: ines-alvarez\n']],
    },
    { name: 'comments and quoting changed after signing', signedBy: ALL, edits: [['  currency: USD\n  timezone', '  currency: "USD"   # agreed with finance\n  timezone']] },
  ],
  invalid: [
    {
      name: 'a draft deadline moved after two parties signed',
      signedBy: ['ines-alvarez', 'maya-chen'],
      edits: [['draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-22T17:00 America/Los_Angeles']],
      errors: [{ at: 'id: ines-alvarez' }, { at: 'id: maya-chen', message: /Maya Chen signed version [0-9a-f]{12} .*changed since/ }],
    },
    {
      name: 'a fee changed after the legal reviewer signed',
      signedBy: ['dana-whitfield'],
      edits: [['amount: { amount: 14000, currency: USD }', 'amount: { amount: 14500, currency: USD }']],
      errors: [{ at: 'id: dana-whitfield' }],
    },
  ],
});
