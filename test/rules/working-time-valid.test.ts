import { ruleTester } from '../helpers/rule-tester.js';

const INES = '    authority: [approve_content, sign_contract, issue_statement, pause_content, release_payment, approve_paid_media]\n    backup: tom-becker';
const WEEK = 'days: [monday, tuesday, wednesday, thursday, friday]';

ruleTester('working-time-valid', {
  valid: [
    { name: 'the base spec (no working hours or holidays stated)' },
    { name: 'office hours and a country', edits: [[INES, `${INES}\n    working_hours: { ${WEEK}, start: "09:00", end: "17:00" }\n    holidays: US`]] },
    { name: 'a region of a country', edits: [[INES, `${INES}\n    holidays: US-NY`]] },
  ],
  invalid: [
    {
      name: 'a working day that ends before it starts',
      edits: [[INES, `${INES}\n    working_hours: { ${WEEK}, start: "17:00", end: "09:00" }`]],
      errors: [{ at: '"09:00" }', message: /^Ines Alvarez's working day ends at 09:00, which is not after its start at 17:00\.$/ }],
    },
    {
      name: 'UK is not a country code (GB is)',
      edits: [[INES, `${INES}\n    holidays: UK`]],
      errors: [{ at: 'UK', after: 'holidays: ', message: /no public-holiday calendar for "UK"/ }],
    },
    {
      name: 'a region the country does not have',
      edits: [[INES, `${INES}\n    holidays: US-ZZ`]],
      errors: [{ at: 'US-ZZ', message: /no public-holiday calendar for "US-ZZ"/ }],
    },
  ],
});
