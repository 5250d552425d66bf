import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('claims-substantiated', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'approved by someone without claims authority',
      edits: [['      approved_by: dana-whitfield\n      markets: [US, CA]\n    - id: anc', '      approved_by: sara-lind\n      markets: [US, CA]\n    - id: anc']],
      errors: [{ at: 'sara-lind\n', after: 'id: battery-40h' }],
    },
    {
      name: 'a green claim approved by the brand',
      edits: [
        ['text: Noise cancelling adapts to your surroundings in real time', 'text: The case is made from 80 % recycled plastic'],
        ['      approved_by: dana-whitfield\n      markets: [US, CA]\n  mandatory', '      approved_by: ines-alvarez\n      markets: [US, CA]\n  mandatory'],
        ['    authority: [approve_content, sign_contract, issue_statement', '    authority: [approve_claims, approve_content, sign_contract, issue_statement'],
      ],
      errors: [{ at: 'ines-alvarez\n      markets', message: /legal or compliance/ }],
    },
  ],
});
