import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('no-vague-terms', {
  valid: [
    { name: 'the base spec' },
    { name: 'a time zone is an identifier, not the vague "etc"', edits: [['routine: Email, replies within one business day', 'routine: Email, replies within one business day (times in Etc/UTC)']] },
    {
      name: 'a vague word inside a URL, an email address or a code',
      edits: [['routine: Email, replies within one business day', 'routine: Email to tbd@glowlabs.com, replies within one business day; tracker https://glowlabs.com/launch-asap; subject SOON_2027']],
    },
  ],
  invalid: [
    {
      name: 'buzzwords in the dos',
      edits: [['    - Use the product in a real commute or street setting', '    - Keep it authentic and on-brand']],
      errors: [{ at: 'Keep it authentic', message: /"authentic"/ }],
    },
    {
      name: '"etc." as prose next to a time zone',
      edits: [['routine: Email, replies within one business day', 'routine: Email, Slack etc., replies within one business day Etc/UTC']],
      errors: [{ at: 'Email, Slack etc.', message: /"etc\."/ }],
    },
    { name: '"regular updates" as a channel', edits: [['routine: Email, replies within one business day', 'routine: Email, regular updates']], errors: [{ at: 'Email, regular updates' }] },
  ],
});
