import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const formalReviewScheduled: Rule = {
  id: 'formal-review-scheduled',
  severity: 'warning',
  category: 'communication',
  description: 'A formal review (renew, adjust or end) is dated after the campaign ends, with criteria agreed now.',
  rationale:
    'Without a date and criteria, renewal drifts: rights lapse unnoticed or the creator is re-booked on a hunch. Agreeing the criteria at kickoff keeps the decision about numbers, not moods.',
  docs: {
    bad: `communication:
  wrap_report_due_days: 21   # and no formal_review`,
    good: `communication:
  formal_review:
    date: "2027-05-28"
    criteria: [CPA under $25, Net sentiment positive]`,
  },
  check(spec) {
    const review = spec.communication.formal_review;
    if (!review) {
      return [
        hit(at('communication'), 'No formal review date: say when the parties decide to renew, adjust or end, and on which criteria.', {
          target: 'key',
          hint: 'Add communication.formal_review with a date and criteria.',
        }),
      ];
    }
    if (review.date < spec.campaign.window.end) {
      return [hit(at('communication', 'formal_review', 'date'), `The formal review (${review.date}) is before the campaign ends (${spec.campaign.window.end}), so it cannot judge the results.`)];
    }
    return [];
  },
};
