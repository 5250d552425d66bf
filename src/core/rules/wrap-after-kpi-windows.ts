import { lastPostDate, wrapReportTerm } from '../schedule/dates.js';
import { addDays } from '../time/wall.js';
import { at, hit, quoteList } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const wrapAfterKpiWindows: Rule = {
  id: 'wrap-after-kpi-windows',
  severity: 'error',
  category: 'schedule',
  description: 'The wrap report is due after the campaign ends, after every KPI measurement window has closed, every paid flight has ended and every exclusivity period is over.',
  rationale:
    'A report due before the numbers are in will either be late or report partial figures as final, and bonuses paid on those figures are disputed later. KPI windows counted in days after each post close that many days after the last post. A paid flight still running at the wrap is the same problem with money on it: its spend and results are not in the report that decides the renewal. An exclusivity period still running is a third: the report cannot say whether it was kept, and the renewal it informs may start while the creator is still bound.',
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
  readsOccurrences: true,
  check(spec) {
    const wrap = wrapReportTerm(spec);
    const { due } = wrap;
    const stated = wrap.field === 'wrap_report_due' ? `due ${due}` : `due ${due} (${wrap.daysAfterEnd} days after the campaign ends)`;
    const later = wrap.field === 'wrap_report_due' ? 'move wrap_report_due later' : 'make wrap_report_due_days longer';
    const hits: RuleHit[] = [];
    if (due <= spec.campaign.window.end) {
      hits.push(
        hit(at('communication', wrap.field), `The wrap report is due ${due}, but the campaign runs until ${spec.campaign.window.end}: a wrap report comes after the end.`, {
          hint: 'Set wrap_report_due after campaign.window.end, or state it as wrap_report_due_days.',
        }),
      );
      return hits;
    }
    const lastPost = lastPostDate(spec);
    spec.kpis.forEach((kpi, i) => {
      const closes = kpi.window.end ?? addDays(lastPost, kpi.window.days_after_post!);
      if (closes >= due) {
        hits.push(
          hit(at('kpis', i, 'window'), `KPI ${kpi.id} is measured until ${closes}, but the wrap report is ${stated}.`, {
            hint: `${later[0]!.toUpperCase()}${later.slice(1)}, or close the KPI window earlier.`,
          }),
        );
      }
    });
    (spec.paid_media_plan ?? []).forEach((flight, i) => {
      if (flight.end >= due) {
        hits.push(
          hit(at('paid_media_plan', i, 'end'), `Paid flight ${flight.id} runs until ${flight.end}, but the wrap report is due ${due}: its spend and results will not be in it.`, {
            hint: `End the flight earlier, or ${later}.`,
          }),
        );
      }
    });
    (spec.exclusivity ?? []).forEach((term, i) => {
      if (term.to > due) {
        hits.push(
          hit(at('exclusivity', i, 'to'), `Exclusivity for ${quoteList(term.creators)} runs until ${term.to}, but the wrap report is due ${due}: it cannot say whether the exclusivity was kept.`, {
            hint: `End the exclusivity before the wrap, or ${later}.`,
          }),
        );
      }
    });
    return hits;
  },
};
