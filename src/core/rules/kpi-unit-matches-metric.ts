import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** The unit each metric is reported in (glossary, docs/spec.md). */
export const METRIC_UNITS: Readonly<Record<string, readonly string[]>> = {
  reach: ['count'],
  impressions: ['count'],
  views: ['count'],
  engagements: ['count'],
  clicks: ['count'],
  conversions: ['count'],
  leads: ['count'],
  followers_gained: ['count'],
  saves: ['count'],
  shares: ['count'],
  content_pieces: ['count'],
  frequency: ['ratio'],
  roas: ['ratio'],
  engagement_rate: ['percent'],
  vtr: ['percent'],
  ctr: ['percent'],
  cvr: ['percent'],
  roi: ['percent'],
  share_of_voice: ['percent'],
  incrementality: ['percent'],
  brand_lift: ['percentage_points'],
  sentiment: ['ratio', 'percent'],
  cpm: ['currency'],
  cpv: ['currency'],
  cpe: ['currency'],
  cpc: ['currency'],
  cpa: ['currency'],
  cpl: ['currency'],
  revenue: ['currency'],
  emv: ['currency'],
};

export const kpiUnitMatchesMetric: Rule = {
  id: 'kpi-unit-matches-metric',
  severity: 'error',
  category: 'kpis',
  description: 'A KPI target is in the unit its metric is measured in (engagement rate in percent, CPA in currency, ROAS as a ratio).',
  rationale: 'A ROAS target of "3 percent" and one of "3×" differ a hundredfold; an engagement rate of "5 count" means nothing. The unit decides whether a bonus is paid.',
  docs: {
    bad: `kpis:
  - { id: roas, metric: roas, target: 300, unit: percent }`,
    good: `kpis:
  - { id: roas, metric: roas, target: 3, unit: ratio }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.kpis.forEach((kpi, i) => {
      const units = METRIC_UNITS[kpi.metric];
      if (units && !units.includes(kpi.unit)) {
        hits.push(
          hit(at('kpis', i, 'unit'), `KPI ${kpi.id} measures ${kpi.metric} in ${kpi.unit}; ${kpi.metric} is measured in ${units.join(' or ')}.`, { hint: `Set its unit to ${units.join(' or ')}.` }),
        );
      } else if (kpi.unit === 'percent' && (kpi.target < 0 || kpi.target > 100) && kpi.metric !== 'roi' && kpi.metric !== 'incrementality') {
        hits.push(hit(at('kpis', i, 'target'), `KPI ${kpi.id} targets ${kpi.target} percent, outside 0-100.`, { hint: 'Write the target as a percentage between 0 and 100, or change the unit.' }));
      }
    });
    return hits;
  },
};
