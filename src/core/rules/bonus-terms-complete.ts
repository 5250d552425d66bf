import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Sources only the brand can read; a creator cannot check a bonus measured there. */
const BRAND_ONLY_SOURCES = new Set(['crm', 'ga4_utm', 'brand_lift_study', 'social_listening']);

export const bonusTermsComplete: Rule = {
  id: 'bonus-terms-complete',
  severity: 'error',
  category: 'kpis',
  description: 'Each bonus is measured on a KPI whose data both sides can see, and its cap is at least one payment.',
  rationale:
    "A bonus measured in the brand's CRM is a bonus the creator must take on trust; a cap below the bonus amount cannot be paid as written. Both surface only at the end, when the money is due.",
  docs: {
    bad: `kpis:
  - { id: leads, metric: leads, unit: count, data_source: crm }   # only the brand sees the CRM
compensation:
  - creator: maya-chen
    bonuses:
      - { kpi: leads, threshold: 200, amount: { amount: 1000, currency: USD }, cap: { amount: 500, currency: USD } }`,
    good: `kpis:
  - { id: code-sales, metric: conversions, unit: count, data_source: promo_code }
compensation:
  - creator: maya-chen
    bonuses:
      - { kpi: code-sales, threshold: 500, amount: { amount: 1000, currency: USD }, cap: { amount: 3000, currency: USD } }`,
  },
  check(spec) {
    const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
    const hits: RuleHit[] = [];
    spec.compensation.forEach((c, i) =>
      (c.bonuses ?? []).forEach((b, j) => {
        const kpi = kpis.get(b.kpi);
        if (kpi && BRAND_ONLY_SOURCES.has(kpi.data_source)) {
          hits.push(
            hit(at('compensation', i, 'bonuses', j, 'kpi'), `${c.creator}'s bonus is measured on ${kpi.id}, read from ${kpi.data_source}, which only the brand can see.`, {
              hint: 'Use a shared source (promo_code, affiliate_network, platform_insights) or agree how the creator gets read access.',
            }),
          );
        }
        if (b.cap.amount < b.amount.amount) {
          hits.push(
            hit(at('compensation', i, 'bonuses', j, 'cap'), `${c.creator}'s bonus cap (${b.cap.amount} ${b.cap.currency}) is below a single bonus payment (${b.amount.amount} ${b.amount.currency}).`, {
              hint: 'Raise the cap to at least one payment, or lower the payment.',
            }),
          );
        }
      }),
    );
    return hits;
  },
};
