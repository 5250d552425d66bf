import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('times-have-time-zones', {
  valid: [
    { name: "the base spec" },
    { name: "a time with its zone", edits: [["brief_notes: One commute video, one \"noise test\" video on a busy street.", "brief_notes: Post at 18:00 America/New_York"]] },
  ],
  invalid: [
    { name: "6pm with no zone", edits: [["brief_notes: One commute video, one \"noise test\" video on a busy street.", "brief_notes: Post at 6pm on launch day"]], errors: [{ at: "Post at 6pm", message: /"6pm"/ }] },
    { name: "a 24-hour time with no zone", edits: [["decision: Jon's stories move from three to four frames at no extra fee", "decision: Stories go live at 09:00 instead of 10:00"]], errors: [{ at: "Stories go live at 09:00" }] },
  ],
});
