import { readablePath } from '../spec/pointer.js';
import type { Deliverable } from '../spec/model.js';
import { goLiveEnd, goLiveStart, hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

/** Words for a piece of content: a cadence after one of them is how often the deliverable is made. */
const CONTENT = '(?:posts?|reels?|videos?|stor(?:y|ies)|integrations?|episodes?|tiktoks?|carousels?|shorts?|streams?|newsletters?|serves?|pieces?|mentions?|segments?)';
const NUMBER = '(?:one|a|an|two|three|four|five|six|\\d{1,2})';
const PERIOD = '(month|week|fortnight)';
const EVERY_N = '(?:(other|second|two|three|four|six|[2-6])\\s+)?';

/**
 * How often a text says a deliverable is made, in three forms: "one reel a month" (a number, a piece, per
 * period), "one per fortnight" (a number and per period), "an integration every two months" (a piece, every
 * n periods). A cadence that describes something else ("monthly reporting", "Priya's weekly show") is not
 * read: a period only counts right after a piece or a number of them.
 */
const CADENCE = new RegExp(
  [
    `\\b${NUMBER}\\s+(?:[a-z-]+\\s+){0,2}?${CONTENT}\\s+(?:a|per|each|every)\\s+${PERIOD}\\b`,
    `\\b(?:one|\\d{1,2})\\s+(?:a|per|each|every)\\s+${PERIOD}\\b`,
    `\\b${CONTENT}\\s+every\\s+${EVERY_N}${PERIOD}s?\\b`,
  ].join('|'),
  'i',
);

/** What every form of CADENCE has: a period right after "a", "per", "each", "every", a number or "every n". */
const PERIOD_WORD = /\b(?:a|per|each|every|one|\d{1,2})\s+(?:(?:other|second|two|three|four|six|[2-6])\s+)?(?:month|week|fortnight)/i;

const N: Record<string, number> = { other: 2, second: 2, two: 2, three: 3, four: 4, six: 6 };

interface Cadence {
  frequency: 'weekly' | 'monthly';
  interval: number;
}

function cadenceOf(m: RegExpMatchArray): Cadence {
  const period = (m[1] ?? m[2] ?? m[4])!.toLowerCase();
  const times = m[3] === undefined ? 1 : (N[m[3].toLowerCase()] ?? Number(m[3]));
  if (period === 'fortnight') return { frequency: 'weekly', interval: 2 * times };
  return { frequency: period === 'week' ? 'weekly' : 'monthly', interval: times };
}

function cadenceText({ frequency, interval }: Cadence): string {
  const unit = frequency === 'weekly' ? 'week' : 'month';
  return interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
}

/** When a deliverable without a recurrence goes live: "at once (2027-03-09)" or "in one window (2027-04-13 to 2027-04-15)". */
function when(d: Deliverable): string {
  const start = goLiveStart(d).slice(0, 10);
  const end = goLiveEnd(d).slice(0, 10);
  return d.go_live.at || start === end ? `at once (${start})` : `in one window (${start} to ${end})`;
}

export const textCadenceMatches: Rule = {
  id: 'text-cadence-matches',
  severity: 'warning',
  category: 'schedule',
  description: 'How often a deliverable\'s text says it is made ("one reel a month", "an integration every two months") is how often its recurrence makes it.',
  rationale:
    'An ambassador\'s brief that says "one reel a month" over a deliverable of six reels with one go-live date is two schedules: the creator plans a reel a month, while the calendar, the approval chain and the reminders expect all six at once, and every review window after the first is unplanned. The same holds when the text says every two months and the recurrence is monthly. Each text of a deliverable is read for a cadence after a piece or a number of them ("one reel a month", "one per fortnight", "a post every week"); a cadence that describes something else, such as "monthly reporting" or "Priya\'s weekly show", is not read. A warning, because words can describe a plan more loosely than a schedule.',
  docs: {
    bad: `deliverables:
  - id: ella-reels
    count: 6
    go_live: { at: 2027-03-09T18:00 America/New_York }
    brief_notes: One reel a month, first one in the first week of the programme.`,
    good: `deliverables:
  - id: ella-reels
    count: 6
    go_live: { at: 2027-03-09T18:00 America/New_York }
    recurrence: { frequency: monthly, occurrences: 6 }
    brief_notes: One reel a month, first one in the first week of the programme.`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const field of textFields(spec)) {
      // The period words first: most texts have none, and the full pattern costs its first run a millisecond to compile.
      if (field.section !== 'deliverables' || !PERIOD_WORD.test(field.text)) continue;
      const said = CADENCE.exec(field.text);
      if (!said) continue;
      const d = spec.deliverables[field.segments[1] as number];
      if (!d) continue;
      const stated = cadenceOf(said);
      const where = readablePath(field.pointer, spec);
      const recurrence = d.recurrence;
      if (!recurrence) {
        // One piece made once is a one-off whatever the words: only a count with no schedule contradicts them.
        if (d.count < 2) continue;
        hits.push(
          hit(field.pointer, `"${said[0]}" in ${where} is ${cadenceText(stated)}, but all ${d.count} pieces of ${d.id} go live ${when(d)}: it has no recurrence.`, {
            hint: `Add recurrence: { frequency: ${stated.frequency}${stated.interval > 1 ? `, interval: ${stated.interval}` : ''}, occurrences: … } to ${d.id}, or change the text.`,
          }),
        );
        continue;
      }
      const structured: Cadence = { frequency: recurrence.frequency, interval: recurrence.interval ?? 1 };
      if (structured.frequency === stated.frequency && structured.interval === stated.interval) continue;
      hits.push(
        hit(field.pointer, `"${said[0]}" in ${where} is ${cadenceText(stated)}, but ${d.id} recurs ${cadenceText(structured)}.`, {
          hint: 'Change the recurrence to what the team agreed, or the text to the recurrence.',
        }),
      );
    }
    return hits;
  },
};
