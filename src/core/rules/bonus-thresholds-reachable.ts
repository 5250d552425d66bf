import type { CampaignSpec } from '../spec/model.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import { englishNumber } from '../number-text.js';

/**
 * Metrics whose campaign total is the sum of what each creator brings. Reach and frequency are not (audiences
 * overlap), nor are rates, costs per result, ratios and scores.
 */
const ADDITIVE_METRICS = new Set(['impressions', 'views', 'engagements', 'clicks', 'conversions', 'leads', 'revenue', 'emv', 'followers_gained', 'saves', 'shares', 'content_pieces']);

const number = (n: number) => englishNumber(n, 2);

/**
 * Each bonus measured on a creator's own total, with where it is written. A bonus without a scope is read on the
 * KPI as the KPI defines it (the campaign's total: "when saves of ambassador content reach 14,000"), where a
 * threshold above the target is a stretch goal for everyone, not a contradiction.
 */
function totalBonuses(spec: CampaignSpec, kpi: string): { creator: string; threshold: number; pointer: string }[] {
  return spec.compensation.flatMap((c, i) =>
    (c.bonuses ?? []).flatMap((b, j) =>
      b.kpi === kpi && b.scope === 'creator_total' ? [{ creator: c.creator, threshold: b.threshold, pointer: at('compensation', i, 'bonuses', j, 'threshold') }] : [],
    ),
  );
}

/** The docs' example: three creators, each paid a bonus from 800 code sales of their own. */
const THREE_BONUSES = `compensation:
  - creator: maya-chen
    bonuses: [{ kpi: code-sales, scope: creator_total, threshold: 800, amount: { amount: 1500, currency: USD }, cap: { amount: 1500, currency: USD } }]
  - creator: jon-reyes
    bonuses: [{ kpi: code-sales, scope: creator_total, threshold: 800, amount: { amount: 1500, currency: USD }, cap: { amount: 1500, currency: USD } }]
  - creator: priya-nair
    bonuses: [{ kpi: code-sales, scope: creator_total, threshold: 800, amount: { amount: 1500, currency: USD }, cap: { amount: 1500, currency: USD } }]`;

export const bonusThresholdsReachable: Rule = {
  id: 'bonus-thresholds-reachable',
  severity: 'warning',
  category: 'kpis',
  description: "The creators' bonus thresholds on a KPI that adds up across creators (views, conversions, leads, revenue…) fit within the KPI's own target.",
  rationale:
    "When three creators each need 800 code sales for their bonus and the campaign targets 1,800 in all, the plan itself says the bonuses cannot all be paid: either the target is set below what the team expects, or some bonuses can only be earned by beating the plan. The budget usually counts every bonus cap as spent (rule costs-add-up), and the creators read their threshold as reachable. Thresholds on a creator's own total (`scope: creator_total`) are compared. A bonus without a scope is measured on the KPI itself, the campaign's total, where a threshold above the target is a stretch goal; thresholds per post or per-post averages depend on how many posts reach them; reach, rates and costs per result do not add up across creators.",
  docs: {
    bad: `kpis:
  - { id: code-sales, metric: conversions, target: 1800, unit: count }
${THREE_BONUSES}`,
    good: `kpis:
  - { id: code-sales, metric: conversions, target: 2400, unit: count }   # what the bonuses assume
${THREE_BONUSES}`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const kpi of spec.kpis) {
      if (!ADDITIVE_METRICS.has(kpi.metric) || !(kpi.target > 0)) continue;
      const bonuses = totalBonuses(spec, kpi.id);
      const needed = bonuses.reduce((sum, b) => sum + b.threshold, 0);
      if (bonuses.length === 0 || needed <= kpi.target) continue;
      const each = bonuses.map((b) => `${b.creator} ${number(b.threshold)}`).join(', ');
      const message =
        bonuses.length === 1
          ? `${bonuses[0]!.creator}'s bonus on ${kpi.id} starts at ${number(needed)}, above the campaign's whole target of ${number(kpi.target)}: at the target it is not paid.`
          : `The bonuses on ${kpi.id} need ${number(needed)} together (${each}), above the campaign's whole target of ${number(kpi.target)}: at the target they cannot all be paid.`;
      // The last threshold written is where the sum goes over; the target is the other field that could change.
      hits.push(hit(bonuses.at(-1)!.pointer, message, { hint: `Raise KPI ${kpi.id}'s target to what the bonuses assume, or lower the thresholds.` }));
    }
    return hits;
  },
};
