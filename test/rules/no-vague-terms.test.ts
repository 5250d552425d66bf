import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('no-vague-terms', {
  valid: [
    { name: "the base spec" },
  ],
  invalid: [
    { name: "buzzwords in the dos", edits: [["    - Use the product in a real commute or street setting", "    - Keep it authentic and on-brand"]], errors: [{ at: "Keep it authentic", message: /"authentic"/ }] },
    { name: "\"regular updates\" as a channel", edits: [["routine: Email, replies within one business day", "routine: Email, regular updates"]], errors: [{ at: "Email, regular updates" }] },
  ],
});
