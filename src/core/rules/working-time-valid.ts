import { publicHolidays } from '../time/holiday-registry.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const workingTimeValid: Rule = {
  id: 'working-time-valid',
  severity: 'error',
  category: 'schedule',
  description: "A party's working hours end after they start, and the public holidays they name are a calendar alignkit has.",
  rationale:
    "Business review windows are counted in the approver's working time: the hours of their stated working week, minus the public holidays of where they work. A working day that ends before it starts would make every review endless, and a holiday calendar nobody can look up would silently count holidays as working days. Holiday calendars come from the date-holidays library (country codes such as US or GB, regions such as DE-BE or CA-QC).",
  docs: {
    bad: `parties:
  - id: ines-alvarez
    working_hours: { days: [monday, tuesday, wednesday, thursday, friday], start: "17:00", end: "09:00" }
    holidays: UK          # the code for the United Kingdom is GB`,
    good: `parties:
  - id: ines-alvarez
    working_hours: { days: [monday, tuesday, wednesday, thursday, friday], start: "09:00", end: "17:00" }
    holidays: US`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.parties.forEach((p, i) => {
      const hours = p.working_hours;
      if (hours && hours.end <= hours.start) {
        hits.push(
          hit(at('parties', i, 'working_hours', 'end'), `${p.name}'s working day ends at ${hours.end}, which is not after its start at ${hours.start}.`, {
            hint: 'Give the end of the working day, e.g. 17:00.',
          }),
        );
      }
      if (p.holidays && !publicHolidays().knows(p.holidays)) {
        hits.push(
          hit(at('parties', i, 'holidays'), `There is no public-holiday calendar for "${p.holidays}", so ${p.name}'s holidays would count as working days.`, {
            hint: 'Use an ISO country code (US, GB, DE, FR, CA) or a country and region (DE-BE, CA-QC, US-NY).',
          }),
        );
      }
    });
    return hits;
  },
};
