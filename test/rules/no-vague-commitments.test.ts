import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('no-vague-commitments', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: '"ASAP" in a deliverable',
      edits: [['brief_notes: One commute video, one "noise test" video on a busy street.', 'brief_notes: Deliver ASAP']],
      errors: [{ at: 'Deliver ASAP', message: /"ASAP"/ }],
    },
    { name: '"strong results" in a KPI', edits: [['name: Qualified views across all launch content', 'name: Strong results across all launch content']], errors: [{ at: 'Strong results across' }] },
  ],
});
