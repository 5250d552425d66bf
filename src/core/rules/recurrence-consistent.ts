import { firstOnNamedDay, goLiveDate, occurrencesOf } from '../schedule/recurrence.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

const DAY_WORDS: Record<string, string> = { first_business_day: 'the first business day', last_business_day: 'the last business day' };

/** "second_thursday" → "the second Thursday"; "day_15" → "day 15". */
function dayText(day: string): string {
  if (DAY_WORDS[day]) return DAY_WORDS[day];
  if (day.startsWith('day_')) return `day ${day.slice(4)}`;
  const [ordinal, weekday] = day.split('_') as [string, string];
  return `the ${ordinal} ${weekday[0]!.toUpperCase()}${weekday.slice(1)}`;
}

export const recurrenceConsistent: Rule = {
  id: 'recurrence-consistent',
  severity: 'error',
  category: 'schedule',
  description: "A recurring deliverable's count divides evenly into its occurrences, its first go-live falls on the day the recurrence names, and a day is named only for a monthly recurrence.",
  rationale:
    'A recurrence turns one deliverable into a schedule: "6 reels, monthly, on the first business day" is six drafts, six reviews and six go-lives the team commits to. When the count does not divide into the occurrences, nobody can say how many pieces each month owes; when the first go-live is not on the named day, the first month follows one rule and the rest another, and the creator will plan by whichever they read first.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    count: 5
    go_live: { at: 2027-03-09T17:00 America/Los_Angeles }    # a Tuesday
    recurrence: { frequency: monthly, occurrences: 2, day: first_business_day }`,
    good: `deliverables:
  - id: maya-tiktok
    count: 2
    go_live: { at: 2027-03-09T17:00 America/Los_Angeles }
    recurrence: { frequency: monthly, occurrences: 2, day: second_tuesday }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const recurrence = d.recurrence;
      if (!recurrence) return;
      if (d.count % recurrence.occurrences !== 0) {
        hits.push(
          hit(at('deliverables', i, 'count'), `Deliverable ${d.id} has ${d.count} pieces over ${recurrence.occurrences} occurrences: how many each occurrence owes is not a whole number.`, {
            hint: `Make count a multiple of ${recurrence.occurrences} (count is the total over all occurrences).`,
          }),
        );
      }
      if (recurrence.day && recurrence.frequency !== 'monthly') {
        hits.push(
          hit(at('deliverables', i, 'recurrence', 'day'), `Deliverable ${d.id} recurs ${recurrence.frequency}, but day names a day of the month.`, {
            hint: 'Remove day, or make the recurrence monthly.',
          }),
        );
      } else if (recurrence.day && !firstOnNamedDay(d)) {
        const later = occurrencesOf(d)[1]!.deliverable;
        hits.push(
          hit(
            at('deliverables', i, 'go_live', d.go_live.at ? 'at' : 'window_start'),
            `Deliverable ${d.id} first goes live ${goLiveDate(d)}, which is not ${dayText(recurrence.day)} of its month, as the recurrence says every later occurrence does (the next on ${goLiveDate(later)}).`,
            { hint: `Move the first go-live to ${dayText(recurrence.day)}, or name the day it is.` },
          ),
        );
      }
    });
    return hits;
  },
};
