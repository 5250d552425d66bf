import { CONVERSION_METRICS, at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const conversionKpisTracked: Rule = {
  id: 'conversion-kpis-tracked',
  severity: 'error',
  category: 'kpis',
  description: 'Conversion KPIs (sales, leads, CPA, ROAS...) have an attribution window, and every contributing deliverable carries a link, code or affiliate URL.',
  rationale:
    'A conversion the tracking cannot see did not happen, as far as the report and the bonus are concerned. Deliverables without a code or link, or a KPI without an attribution window, make conversion targets unprovable.',
  docs: {
    bad: `kpis:
  - { id: code-sales, metric: conversions, attribution: ~ }   # how is a sale credited?
deliverables:
  - id: priya-integration
    tracking: ~                                            # priya-nair earns commission on sales`,
    good: `kpis:
  - id: code-sales
    metric: conversions
    attribution: { model: promo_code, window_days: 30 }
deliverables:
  - id: priya-integration
    tracking: { affiliate_url: https://nova-audio.example/r/priya }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    // One finding per deliverable is enough, even when several KPIs need its tracking.
    const reported = new Set<number>();
    spec.kpis.forEach((kpi, i) => {
      if (!CONVERSION_METRICS.has(kpi.metric)) return;
      if (!kpi.attribution) {
        hits.push(
          hit(at('kpis', i), `Conversion KPI ${kpi.id} (${kpi.metric}) has no attribution model and window.`, { target: 'key', hint: 'Add attribution: { model: promo_code, window_days: 14 }.' }),
        );
      }
      // Contributing deliverables: those of creators paid on this KPI or on performance; otherwise all of them.
      const paidOnIt = new Set(
        spec.compensation.filter((c) => c.bonuses?.some((b) => b.kpi === kpi.id) || c.affiliate || c.model === 'cpa' || c.model === 'rev_share' || c.model === 'hybrid').map((c) => c.creator),
      );
      spec.deliverables.forEach((d, j) => {
        if (reported.has(j) || (paidOnIt.size > 0 && !paidOnIt.has(d.creator))) return;
        const t = d.tracking;
        if (!t || !(t.utm || t.promo_code || t.affiliate_url)) {
          reported.add(j);
          hits.push(
            hit(at('deliverables', j), `Deliverable ${d.id} counts towards conversion KPI ${kpi.id} but has no tracking link, promo code or affiliate URL.`, {
              target: 'key',
              hint: 'Add tracking with a utm link, a promo_code or an affiliate_url, so its conversions can be counted.',
            }),
          );
        }
      });
    });
    return hits;
  },
};
