import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const emvNotATarget: Rule = {
  id: 'emv-not-a-target',
  severity: 'warning',
  category: 'kpis',
  description: 'Earned media value is reported, not used as the primary KPI or a bonus trigger.',
  rationale:
    "EMV multiplies metrics by a vendor's prices. There is no standard, vendors differ several-fold, and the creator cannot check the figure. Paying on it, or judging the campaign by it, invites dispute.",
  docs: {
    bad: `kpis:
  - { id: emv-total, metric: emv, unit: currency }
compensation:
  - creator: maya-chen
    bonuses:
      - { kpi: emv-total, threshold: 50000, amount: { amount: 1000, currency: USD }, cap: { amount: 1000, currency: USD } }`,
    good: `kpis:
  - { id: views-total, metric: views, unit: count }
compensation:
  - creator: maya-chen
    bonuses:
      - { kpi: views-total, threshold: 2000000, amount: { amount: 1000, currency: USD }, cap: { amount: 1000, currency: USD } }`,
  },
  check(spec) {
    const emv = new Set(spec.kpis.filter((k) => k.metric === 'emv').map((k) => k.id));
    if (emv.size === 0) return [];
    const hits: RuleHit[] = [];
    spec.objectives.forEach((o, i) => {
      if (!o.primary) return;
      o.kpis.forEach((id, j) => {
        if (emv.has(id))
          hits.push(
            hit(at('objectives', i, 'kpis', j), `The primary objective ${o.id} is measured by ${id}, an earned-media-value KPI; EMV has no standard and suits reporting only.`, {
              hint: 'Measure the objective by views, reach, clicks or sales, and keep EMV in the wrap report.',
            }),
          );
      });
    });
    spec.compensation.forEach((c, i) =>
      (c.bonuses ?? []).forEach((b, j) => {
        if (emv.has(b.kpi))
          hits.push(
            hit(at('compensation', i, 'bonuses', j, 'kpi'), `${c.creator}'s bonus is triggered by ${b.kpi}, an earned-media-value KPI the creator cannot verify.`, {
              hint: 'Trigger the bonus on a KPI the creator can check, such as views, clicks or sales.',
            }),
          );
      }),
    );
    return hits;
  },
};
