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
    bad: `campaign:
  window: { start: "2027-03-08", end: "2027-04-18" }
communication:
  formal_review:
    date: "2027-04-02"          # before the campaign ends
    criteria:
      - Views at or above 2.5 million`,
    good: `communication:
  formal_review:
    date: "2027-05-20"
    criteria:
      - Views at or above 2.5 million
      - Code orders at or above 1,800`,
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
      return [
        hit(at('communication', 'formal_review', 'date'), `The formal review (${review.date}) is before the campaign ends (${spec.campaign.window.end}), so it cannot judge the results.`, {
          hint: 'Move the formal review after the campaign ends, once the results are in.',
        }),
      ];
    }
    return [];
  },
};
