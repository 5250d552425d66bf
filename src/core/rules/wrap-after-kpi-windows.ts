import { addDays, parseZoned, formatDate } from '../time/wall.js';
import { at, goLiveEnd, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const wrapAfterKpiWindows: Rule = {
  id: 'wrap-after-kpi-windows',
  severity: 'error',
  category: 'schedule',
  description: 'The wrap report is due after every KPI measurement window has closed and every paid flight has ended.',
  rationale:
    'A report due before the numbers are in will either be late or report partial figures as final, and bonuses paid on those figures are disputed later. KPI windows counted in days after each post close that many days after the last post. A paid flight still running at the wrap is the same problem with money on it: its spend and results are not in the report that decides the renewal.',
  docs: {
    bad: `campaign:
  window: { start: "2027-03-01", end: "2027-03-31" }
kpis:
  - id: views
    window: { days_after_post: 30 }    # last post 2027-03-28: closes 2027-04-27
communication:
  wrap_report_due_days: 14           # due 2027-04-14`,
    good: `communication:
  wrap_report_due_days: 30`,
  },
  check(spec) {
    const due = addDays(spec.campaign.window.end, spec.communication.wrap_report_due_days);
    const lastPost = spec.deliverables
      .map((d) => formatDate(parseZoned(goLiveEnd(d)).wall))
      .sort()
      .at(-1)!;
    const hits: RuleHit[] = [];
    spec.kpis.forEach((kpi, i) => {
      const closes = kpi.window.end ?? addDays(lastPost, kpi.window.days_after_post!);
      if (closes >= due) {
        hits.push(
          hit(at('kpis', i, 'window'), `KPI ${kpi.id} is measured until ${closes}, but the wrap report is due ${due} (${spec.communication.wrap_report_due_days} days after the campaign ends).`, {
            hint: 'Make wrap_report_due_days longer, or close the KPI window earlier.',
          }),
        );
      }
    });
    (spec.paid_media_plan ?? []).forEach((flight, i) => {
      if (flight.end >= due) {
        hits.push(
          hit(at('paid_media_plan', i, 'end'), `Paid flight ${flight.id} runs until ${flight.end}, but the wrap report is due ${due}: its spend and results will not be in it.`, {
            hint: 'End the flight earlier, or make wrap_report_due_days longer.',
          }),
        );
      }
    });
    return hits;
  },
};
