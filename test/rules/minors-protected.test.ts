import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('minors-protected', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a 16-year-old creator', edits: [['    age: 27', '    age: 16']], errors: [{ at: '16\n', after: 'age: ' }] },
    { name: 'a mostly under-18 audience', edits: [['"13-17": 3,', '"13-17": 55,']], errors: [{ at: '{ "13-17": 55' }] },
  ],
});
