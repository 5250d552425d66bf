import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('paid-authorization-covers-flight', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    {
      name: 'a Spark grant that is not a code length',
      edits: [['    days: 60\n    start: go_live', '    days: 45\n    start: go_live']],
      errors: [{ at: '45\n    start: go_live', message: /30-day code/ }],
    },
    {
      name: 'a flight that outlasts the rights',
      edits: [['    end: "2027-04-18"\n    territories: [US]', '    end: "2027-05-20"\n    territories: [US]']],
      errors: [{ at: '"2027-05-20"', after: 'id: spark-maya', message: /until 2027-05-07/ }],
    },
    { name: 'a flight that starts before go-live', edits: [['    start: "2027-03-12"', '    start: "2027-03-01"']], errors: [{ at: '"2027-03-01"' }] },
  ],
});
