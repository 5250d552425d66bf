/**
 * What a spec plans to spend, per item, in the campaign currency: read by the
 * wrap report (planned against actual) and by rule costs-add-up (against the
 * budget and the cost-per-result targets). Amounts in another currency are left
 * out; money-in-campaign-currency reports them.
 */
import type { CampaignSpec } from './model.js';
import type { PLANNED_COST_ITEMS } from './vocabulary.js';

export type PlannedCostItem = (typeof PLANNED_COST_ITEMS)[number];

export interface PlannedCost {
  item: PlannedCostItem;
  label: string;
  amount: number;
}

export function plannedCosts(spec: CampaignSpec): PlannedCost[] {
  const currency = spec.campaign.currency;
  const sum = (amounts: ({ amount: number; currency: string } | undefined)[]) => amounts.reduce((total, m) => total + (m && m.currency === currency ? m.amount : 0), 0);
  const rows: PlannedCost[] = [
    { item: 'creator_fees', label: 'Creator fees', amount: sum(spec.compensation.map((c) => c.amount)) },
    { item: 'bonuses', label: 'Bonuses (caps)', amount: sum(spec.compensation.flatMap((c) => (c.bonuses ?? []).map((b) => b.cap ?? b.amount))) },
    { item: 'paid_media', label: 'Paid media', amount: sum((spec.paid_media_plan ?? []).map((f) => f.budget)) },
    { item: 'usage_rights', label: 'Usage rights', amount: sum([spec.usage_rights.paid?.fee]) },
    { item: 'exclusivity', label: 'Exclusivity', amount: sum((spec.exclusivity ?? []).map((e) => e.fee)) },
  ];
  return rows.filter((r) => r.amount > 0);
}
