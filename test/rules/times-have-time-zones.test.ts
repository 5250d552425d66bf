import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('times-have-time-zones', {
  valid: [
    { name: 'the base spec' },
    { name: 'a time with its zone', edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Post at 18:00 America/New_York']] },
    {
      name: 'several times, each with its zone',
      edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Draft by 09:00 America/New_York, post at 18:00 America/Los_Angeles']],
    },
  ],
  invalid: [
    {
      name: '6pm with no zone',
      edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Post at 6pm on launch day']],
      errors: [{ at: 'Post at 6pm', message: /"6pm"/ }],
    },
    {
      name: 'every bare time in a field, not only the first',
      edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Draft by 09:00 America/New_York, post at 6pm, stories at 8pm']],
      errors: [{ at: 'Draft by 09:00', message: /^"6pm" and "8pm" in .* have no time zone\.$/ }],
    },
    {
      name: 'a zone that belongs to the next time does not cover an earlier one',
      edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Post at 9am or 17:00 America/New_York']],
      errors: [{ at: 'Post at 9am', message: /^"9am" in / }],
    },
    {
      name: 'a 24-hour time with no zone',
      edits: [["decision: Jon's stories move from three to four frames at no extra fee", 'decision: Stories go live at 09:00 instead of 10:00']],
      errors: [{ at: 'Stories go live at 09:00' }],
    },
  ],
});
