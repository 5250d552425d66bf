import { ruleTester } from '../helpers/rule-tester.js';

const MAYA = 'kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: true }';
const maya = (to: string): { from: string; to: string; after: string } => ({ from: MAYA, to, after: '  - creator: maya-chen' });

ruleTester('kill-fee-clear', {
  valid: [
    { name: 'the base spec: deposits count towards kill fees that are at least the deposit' },
    { name: 'paid on top, and the deposit plus the kill fee after production within the fee', edits: [maya('kill_fee: { before_production_pct: 25, after_production_pct: 50, paid_counts: false }')] },
    {
      name: 'nothing paid before production when production starts at signature',
      edits: [maya('kill_fee: { before_production_pct: 25, after_production_pct: 100, production_starts: signature }')],
    },
  ],
  invalid: [
    {
      name: 'a 50 % deposit and a 25 % kill fee, without saying how they relate',
      edits: [maya('kill_fee: { before_production_pct: 25, after_production_pct: 100 }')],
      errors: [
        {
          at: '{ before_production_pct: 25, after_production_pct: 100 }',
          message:
            /^maya-chen is paid 50 % of the fee before production starts, and the kill fee before production is 25 %: it does not say whether that payment counts towards the kill fee \(then the creator keeps 50 %, more than the kill fee\) or comes on top of it \(then 75 % in all\)\.$/,
        },
      ],
    },
    {
      name: 'a kill fee that equals what was already paid, without saying so',
      edits: [maya('kill_fee: { before_production_pct: 50, after_production_pct: 100 }')],
      errors: [{ at: '{ before_production_pct: 50, after_production_pct: 100 }', message: /then the creator keeps 50 %, no more than the kill fee\) or comes on top of it \(then 100 % in all\)/ }],
    },
    {
      name: 'a deposit that counts, larger than the kill fee: a refund nobody agreed',
      edits: [maya('kill_fee: { before_production_pct: 25, after_production_pct: 100, paid_counts: true }')],
      errors: [{ at: '25, after_production_pct: 100, paid_counts: true', message: /the creator would owe 25 % back/ }],
    },
    {
      name: 'a full kill fee on top of a deposit',
      edits: [maya('kill_fee: { before_production_pct: 50, after_production_pct: 100, paid_counts: false }')],
      errors: [{ at: '100, paid_counts: false', message: /150 % of the fee for content that was cancelled/ }],
    },
  ],
});
