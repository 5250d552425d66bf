import { occurrencesOf } from '../schedule/recurrence.js';
import { readablePath } from '../spec/pointer.js';
import { goLiveEnd, goLiveStart, hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "2027-03-04", "4 March", "4th March 2027", "March 4", "Mar 4th, 2027". */
const DATE = new RegExp(`\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}\\.?(?:,? (\\d{4}))?|${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?)\\b`, 'gi');
/** What a sentence says the date is for. */
const DRAFT = /\bdrafts?\b/i;
const GO_LIVE = /\b(?:go(?:es)? live|going live|post(?:s|ed|ing)?|publish(?:es|ed|ing)?|live on)\b/i;
const SENTENCE = /[^.;!?\n]+/g;

/** The dates a text states, as MM-DD with the year when it gives one. */
function statedDates(sentence: string): { said: string; year?: string; monthDay: string }[] {
  return [...sentence.matchAll(DATE)].map((m) => {
    if (m[1]) return { said: m[0], year: m[1], monthDay: `${m[2]}-${m[3]}` };
    const month = MONTHS.indexOf((m[5] ?? m[7])!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[4] ?? m[8]);
    const year = m[6] ?? m[9];
    return { said: m[0], ...(year ? { year } : {}), monthDay: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  });
}

/** Whether a stated date is one of the structured dates (YYYY-MM-DD), or inside a window of them. */
function matches(stated: { year?: string; monthDay: string }, dates: readonly string[], window?: [string, string]): boolean {
  const candidates = [...new Set(dates.map((d) => d.slice(0, 4)))].map((year) => `${stated.year ?? year}-${stated.monthDay}`);
  return candidates.some((c) => dates.includes(c) || (window !== undefined && c >= window[0] && c <= window[1]));
}

export const textDatesMatch: Rule = {
  id: 'text-dates-match',
  severity: 'error',
  category: 'schedule',
  description: "A date a deliverable's text gives for its draft or its go-live is the date its structured terms give.",
  rationale:
    'The structured draft_due and go_live are what the calendar, the reminders and the approval chain run on; the brief\'s notes are what the creator reads. "Draft by March 4" in the notes and a draft_due of 6 March is two deadlines, and the creator keeps the one in the text. Each sentence of a deliverable\'s text that speaks of its draft or its going live is read for dates (2027-03-04, 4 March, March 4th), and a date that is neither the structured one nor inside the go-live window is an error at the text.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    draft_due: 2027-02-19T17:00 America/Los_Angeles
    brief_notes: Send the draft by February 17.`,
    good: `deliverables:
  - id: maya-tiktok
    draft_due: 2027-02-19T17:00 America/Los_Angeles
    brief_notes: Send the draft by February 19, 17:00 your time.`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const field of textFields(spec)) {
      if (field.section !== 'deliverables' || !DATE.test(field.text)) continue;
      DATE.lastIndex = 0;
      const d = spec.deliverables[field.segments[1] as number];
      if (!d) continue;
      // A recurring deliverable's text may speak of any of its occurrences.
      const occurrences = occurrencesOf(d).map((o) => o.deliverable);
      const drafts = occurrences.map((o) => o.draft_due.slice(0, 10));
      const lives = occurrences.map((o): [string, string] => [goLiveStart(o).slice(0, 10), goLiveEnd(o).slice(0, 10)]);
      const recurring = occurrences.length > 1 ? ` (the first of ${occurrences.length} occurrences)` : '';
      const problems: string[] = [];
      for (const [sentence] of field.text.matchAll(SENTENCE)) {
        const aboutDraft = DRAFT.test(sentence);
        const aboutLive = GO_LIVE.test(sentence);
        if (aboutDraft === aboutLive) continue; // about neither, or both: which date is which cannot be told
        for (const stated of statedDates(sentence)) {
          if (aboutDraft && !drafts.some((draft) => matches(stated, [draft]))) problems.push(`"${stated.said}" for the draft, but draft_due is ${d.draft_due}${recurring}`);
          if (aboutLive && !lives.some((live) => matches(stated, live, live)))
            problems.push(`"${stated.said}" for going live, but go_live is ${goLiveStart(d) === goLiveEnd(d) ? goLiveStart(d) : `${goLiveStart(d)} to ${goLiveEnd(d)}`}${recurring}`);
        }
      }
      if (problems.length > 0)
        hits.push(
          hit(field.pointer, `${readablePath(field.pointer, spec)} says ${problems.join('; ')}.`, {
            hint: 'Change the text to the structured date, or the date to what the team agreed; the calendar and reminders follow the structured one.',
          }),
        );
    }
    return hits;
  },
};
