import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('approvers-have-backups', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'an approver without a backup', edits: [['    authority: [approve_content]\n    backup: leo-park\n', '    authority: [approve_content]\n']], errors: [{ at: 'id: sara-lind' }] },
    { name: 'a backup who cannot approve content', edits: [['    backup: tom-becker\n', '    backup: dana-whitfield\n']], errors: [{ at: 'dana-whitfield\n  - id: tom-becker' }] },
  ],
});
