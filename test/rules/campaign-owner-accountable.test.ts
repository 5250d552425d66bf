import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('campaign-owner-accountable', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a creator as owner', edits: [['  owner: ines-alvarez\n  internal_notes', '  owner: maya-chen\n  internal_notes']], errors: [{ at: 'maya-chen\n  internal_notes' }] },
    {
      name: 'an owner who is Accountable for nothing',
      edits: [['  owner: ines-alvarez\n  internal_notes', '  owner: tom-becker\n  internal_notes']],
      errors: [{ at: 'tom-becker\n  internal_notes', message: /not Accountable/ }],
    },
  ],
});
