import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('pause-rights-cover-content', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'nobody can pause organic posts', edits: [['{ holder: ines-alvarez, scope: all, within_h: 1 }', '{ holder: ines-alvarez, scope: paid, within_h: 1 }']], errors: [{ at: 'pause_rights:' }] },
    { name: 'a holder without pause authority', edits: [['{ holder: leo-park, scope: paid, within_h: 1 }', '{ holder: sara-lind, scope: paid, within_h: 1 }']], errors: [{ at: 'sara-lind, scope' }] },
  ],
});
