import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import { englishNumber } from '../number-text.js';

/** Metrics where lower is better: costs. */
const LOWER_IS_BETTER = new Set(['cpm', 'cpv', 'cpe', 'cpc', 'cpa', 'cpl']);

export const kpiBaselineRealistic: Rule = {
  id: 'kpi-baseline-realistic',
  severity: 'warning',
  category: 'kpis',
  description: 'Every KPI has a baseline with its source, and the target is at most 3× better than the baseline.',
  rationale: 'A target without a baseline cannot be judged ambitious or timid; a target three times the last campaign is usually a wish, and the disappointment lands on the creator in week two.',
  docs: {
    bad: `kpis:
  - { id: views, metric: views, target: 3000000, baseline: { value: 600000, source: Autumn report } }`,
    good: `kpis:
  - { id: views, metric: views, target: 1200000, baseline: { value: 600000, source: Autumn report } }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.kpis.forEach((kpi, i) => {
      if (!kpi.baseline) {
        if (kpi.metric !== 'content_pieces')
          hits.push(
            hit(at('kpis', i), `KPI ${kpi.id} has no baseline: what was ${kpi.metric} last time, and where does that figure come from?`, {
              target: 'key',
              hint: "Add baseline: { value, source }, e.g. the last campaign's wrap report or the creators' recent posts.",
            }),
          );
        return;
      }
      const { value } = kpi.baseline;
      if (value <= 0) return;
      const ratio = LOWER_IS_BETTER.has(kpi.metric) ? value / kpi.target : kpi.target / value;
      if (ratio > 3) {
        hits.push(
          hit(
            at('kpis', i, 'target'),
            `KPI ${kpi.id} targets ${englishNumber(kpi.target)}, ${ratio.toFixed(1)}× ${LOWER_IS_BETTER.has(kpi.metric) ? 'below' : 'above'} its baseline of ${englishNumber(value)}.`,
            {
              hint: 'Check the target with the party who will be judged on it.',
            },
          ),
        );
      }
    });
    return hits;
  },
};
