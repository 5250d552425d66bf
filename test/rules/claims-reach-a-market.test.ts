import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('claims-reach-a-market', {
  valid: [
    { name: 'the base spec' },
    { name: 'a claim for one of the markets only', edits: [{ from: '      markets: [US, CA]', to: '      markets: [CA]', after: '    - id: battery-40h' }] },
    { name: 'a claim with no market limit', edits: [{ from: '      markets: [US, CA]\n', to: '', after: '    - id: anc-adaptive' }] },
  ],
  invalid: [
    {
      name: 'a claim approved only where nothing runs',
      edits: [{ from: '      markets: [US, CA]', to: '      markets: [GB]', after: '    - id: battery-40h' }],
      errors: [{ at: '[GB]', message: /^Claim battery-40h is approved only for GB, where no deliverable runs \(CA, US\); it reaches no creator's brief\.$/ }],
    },
    {
      name: 'two claims, both for other markets',
      edits: [
        { from: '      markets: [US, CA]', to: '      markets: [FR]', after: '    - id: battery-40h' },
        { from: '      markets: [US, CA]', to: '      markets: [DE, AT]', after: '    - id: anc-adaptive' },
      ],
      errors: [{ at: '[FR]' }, { at: '[DE, AT]', message: /^Claim anc-adaptive is approved only for DE, AT/ }],
    },
  ],
});
