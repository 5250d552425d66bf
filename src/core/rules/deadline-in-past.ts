import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const deadlineInPast: Rule = {
  id: 'deadline-in-past',
  severity: 'warning',
  category: 'schedule',
  description: 'No draft is due before today (set with --today for reproducible runs).',
  rationale: 'A spec copied from last season, or a kickoff that slipped, keeps deadlines that have already passed. Everyone then works to a schedule that no longer exists.',
  docs: {
    bad: `# alignkit lint --today 2027-03-10
deliverables:
  - id: maya-tiktok
    draft_due: 2027-03-04T17:00 America/New_York`,
    good: `deliverables:
  - id: maya-tiktok
    draft_due: 2027-03-18T17:00 America/New_York`,
  },
  readsOccurrences: true,
  check(spec, context) {
    if (context.today === '') return [];
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      // The wall date is the value's first ten characters (the schema checked it is a real date): no parsing needed.
      const due = d.draft_due.slice(0, 10);
      if (due < context.today) {
        hits.push(hit(at('deliverables', i, 'draft_due'), `The draft of ${d.id} was due on ${due}, before today (${context.today}).`, { hint: 'Agree a new date and record it in decision_log.' }));
      }
    });
    return hits;
  },
};
