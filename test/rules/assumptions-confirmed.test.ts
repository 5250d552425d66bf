import { ruleTester } from '../helpers/rule-tester.js';

const assumed = (lines: string) => `\nassumed:\n${lines}`;
const atEnd = (block: string) => ({ from: '    by: ines-alvarez\n', to: `    by: ines-alvarez\n${block}`, after: '  - id: d-001' });

ruleTester('assumptions-confirmed', {
  valid: [
    { name: 'the base spec (no assumed list: every term written by hand)' },
    { name: 'an empty assumed list', edits: [atEnd(assumed('  {}\n'))] },
    { name: 'an assumed value changed since: stated', edits: [atEnd(assumed('  /approvals/revision_rounds: 3\n'))] },
    { name: 'an assumed field that is gone: moot', edits: [atEnd(assumed('  /approvals/rush_fee: 500\n'))] },
    { name: 'an assumed list changed since', edits: [atEnd(assumed('  /campaign/markets: [US]\n'))] },
  ],
  invalid: [
    {
      name: 'a preset term kept',
      edits: [atEnd(assumed('  /approvals/revision_rounds: 2\n'))],
      errors: [{ at: '2', after: '  revision_rounds: ', message: /^1 term in approvals assumed, never confirmed: approvals\.revision_rounds = 2\.$/ }],
    },
    {
      name: 'two sections, one finding each at the first assumed value in document order',
      edits: [atEnd(assumed('  /approvals/revision_rounds: 2\n  /campaign/markets: [US, CA]\n  /approvals/stages/1/review_window/hours: 48\n'))],
      errors: [
        { at: '[US, CA]', after: 'campaign:', message: /^1 term in campaign assumed, never confirmed: campaign\.markets = \[US, CA\]\.$/ },
        {
          at: '48',
          after: 'Brand and claims review',
          message: /^2 terms in approvals assumed, never confirmed: approvals\.stages\[1\] \(Brand and claims review\)\.review_window\.hours = 48; approvals\.revision_rounds = 2\.$/,
        },
      ],
    },
  ],
});
