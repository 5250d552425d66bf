import { wrapReportTerm } from '../schedule/dates.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const reportingRhythm: Rule = {
  id: 'reporting-rhythm',
  severity: 'warning',
  category: 'communication',
  description: 'A performance check-in falls 7-10 days after the first post, and the wrap report is due within 30 days of the end.',
  rationale:
    'Seven to ten days after the first post is when early numbers are stable enough to act on and there is still time to adjust the remaining posts. A wrap report later than a month after the end arrives after next quarter is planned.',
  docs: {
    bad: `communication:
  check_ins_days_after_first_post: [30]
  wrap_report_due_days: 60`,
    good: `communication:
  check_ins_days_after_first_post: [7, 21]
  wrap_report_due_days: 21`,
  },
  check(spec) {
    const c = spec.communication;
    const hits: RuleHit[] = [];
    if (!c.check_ins_days_after_first_post.some((day) => day >= 7 && day <= 10)) {
      hits.push(
        hit(at('communication', 'check_ins_days_after_first_post'), 'No performance check-in is planned 7-10 days after the first post, when there is still time to adjust the remaining content.', {
          hint: 'Add a check-in day between 7 and 10, e.g. [7, 21].',
        }),
      );
    }
    const wrap = wrapReportTerm(spec);
    if (wrap.daysAfterEnd > 30) {
      const when = wrap.field === 'wrap_report_due' ? `${wrap.due}, ${wrap.daysAfterEnd} days` : `${wrap.daysAfterEnd} days`;
      hits.push(
        hit(at('communication', wrap.field), `The wrap report is due ${when} after the campaign ends.`, { hint: 'Bring it within 30 days of the end, while it can still shape the next plan.' }),
      );
    }
    return hits;
  },
};
