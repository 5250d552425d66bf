import type { CampaignSpec } from '../spec/model.js';
import { type PlannedCost, plannedCosts } from '../spec/planned-costs.js';
import { COST_PER_RESULT, METRIC_GLOSSARY } from '../spec/vocabulary.js';
import { amountText, at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import { englishNumber } from '../number-text.js';

const amount = amountText;
const itemised = (rows: readonly PlannedCost[], currency: string) => rows.map((r) => `${r.label.toLowerCase()} ${amount(r.amount, currency)}`).join(' + ');

function overBudget(spec: CampaignSpec, costs: readonly PlannedCost[]): RuleHit[] {
  const budget = spec.campaign.budget;
  if (!budget || budget.currency !== spec.campaign.currency) return [];
  const total = costs.reduce((t, r) => t + r.amount, 0);
  if (total <= budget.amount) return [];
  const currency = spec.campaign.currency;
  return [
    hit(
      at('campaign', 'budget'),
      `The plan spends ${amount(total, currency)} (${itemised(costs, currency)}), ${amount(total - budget.amount, currency)} over the budget of ${amount(budget.amount, currency)}.`,
      {
        target: 'key',
        hint: 'Raise the budget, or lower a fee, a bonus cap or a media budget until the plan fits.',
      },
    ),
  ];
}

function unreachableCostTargets(spec: CampaignSpec, costs: readonly PlannedCost[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const currency = spec.campaign.currency;
  spec.kpis.forEach((kpi, i) => {
    const cost = COST_PER_RESULT[kpi.metric];
    if (!cost) return;
    // The volume the cost is divided by: the first KPI of that metric, at its own target.
    const volume = spec.kpis.find((k) => k.metric === cost.volume);
    if (!volume || volume.target <= 0) return;
    // As the wrap report computes it: the costs the KPI states, or all of them.
    const basis = kpi.cost_basis;
    const counted = basis ? costs.filter((r) => basis.includes(r.item)) : costs;
    const total = counted.reduce((t, r) => t + r.amount, 0);
    if (total <= 0) return;
    const best = (total / volume.target) * cost.per;
    // A cent of rounding is not a contradiction.
    if (best <= kpi.target + 0.005) return;
    const name = METRIC_GLOSSARY[kpi.metric as keyof typeof METRIC_GLOSSARY]?.name ?? kpi.metric;
    hits.push(
      hit(
        at('kpis', i, 'target'),
        `${name} target ${amount(kpi.target, currency)} cannot be met: even at the ${volume.id} target of ${englishNumber(volume.target)}, the planned cost (${itemised(counted, currency)}) comes to ${amount(best, currency)}${cost.per === 1 ? '' : ` per ${englishNumber(cost.per)}`}.`,
        { hint: `Raise the ${kpi.id} target, raise the ${volume.id} target, or state the costs it divides in cost_basis${kpi.cost_basis ? '' : ' (without it: every planned cost)'}.` },
      ),
    );
  });
  return hits;
}

export const costsAddUp: Rule = {
  id: 'costs-add-up',
  severity: 'error',
  category: 'rights-and-money',
  description:
    "The plan's own money adds up: fees, bonus caps, paid media and rights fees stay within campaign.budget, and each cost-per-result target (CPA, CPL, CPM, CPV, CPE, CPC) can be met at the volume the spec targets.",
  rationale:
    'A CPA target is a promise about two other numbers in the same spec: what the campaign costs and how many results it plans. When the planned cost divided by the planned volume is already above the target, the target is missed on the day it is signed, and the wrap report will say so in front of the people who set it. A plan that spends more than its budget is the same contradiction one level up. Both are arithmetic on terms the spec states; which costs a target divides is stated in its cost_basis (every planned cost unless it says otherwise, as the wrap report divides them).',
  docs: {
    bad: `campaign:
  budget: { amount: 60000, currency: USD }
kpis:
  - { id: code-sales, metric: conversions, target: 1800, unit: count }
  - { id: cpa, metric: cpa, target: 25, unit: currency }   # 84,000 planned / 1,800 = 46.67`,
    good: `kpis:
  - { id: code-sales, metric: conversions, target: 1800, unit: count }
  - { id: cpa, metric: cpa, target: 45, unit: currency, cost_basis: [creator_fees, paid_media] }   # 75,500 / 1,800 = 41.94`,
  },
  check(spec) {
    const costs = plannedCosts(spec);
    return [...overBudget(spec, costs), ...unreachableCostTargets(spec, costs)];
  },
};
