import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('termination-terms', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a one-sided morality clause', edits: [['morality: mutual', 'morality: creator_only']], errors: [{ at: 'creator_only' }] },
    { name: 'content comes down with no deadline', edits: [['content_on_termination: remains', 'content_on_termination: remove']], errors: [{ at: 'remove\n' }] },
    { name: 'no termination for convenience', edits: [['  for_convenience: { notice_days: 14, fee_pct: 50 }\n', '']], errors: [{ at: 'termination:\n' }] },
  ],
});
