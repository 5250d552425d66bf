import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('messaging-focus', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'four key messages', edits: [['    - USD 149, launching 2027-03-08\n', '    - USD 149, launching 2027-03-08\n    - Three colours\n']], errors: [{ at: '- 40 hours of battery' }] },
    {
      name: "no don'ts",
      edits: [
        [
          "  donts:\n    - Show or name competitor earbuds or headphones\n    - Make health or hearing-protection claims\n    - Use copyrighted music outside the platform's licensed library\n",
          '  donts: []\n',
        ],
      ],
      errors: [{ at: '[]\n  references' }],
    },
  ],
});
