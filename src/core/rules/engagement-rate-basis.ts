import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

const BASIS_WORDS: Record<string, RegExp> = {
  reach: /\breach\b/i,
  impressions: /\bimpressions?\b/i,
  views: /\bviews?\b/i,
  followers: /\bfollow(?:ers?|ing)\b/i,
};

export const engagementRateBasis: Rule = {
  id: 'engagement-rate-basis',
  severity: 'error',
  category: 'kpis',
  description: 'Every engagement-rate KPI states its basis (reach, impressions, views or followers), its definition uses the same one, and all engagement rates in the spec share it.',
  rationale:
    'Engagement divided by followers and engagement divided by views can differ fivefold for the same post. If the brief, the bonus and the report use different bases, a creator can hit the target and still be told they missed it.',
  docs: {
    bad: `kpis:
  - id: er
    metric: engagement_rate
    target: 4
    unit: percent
    definition: Engagements divided by followers    # no basis, and followers`,
    good: `kpis:
  - id: er
    metric: engagement_rate
    basis: views
    target: 4
    unit: percent
    definition: Likes + comments + shares + saves divided by views, times 100`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const rates = spec.kpis.map((k, i) => [k, i] as const).filter(([k]) => k.metric === 'engagement_rate');
    for (const [kpi, i] of rates) {
      if (!kpi.basis) {
        hits.push(
          hit(at('kpis', i, 'metric'), `Engagement-rate KPI ${kpi.id} does not say what engagements are divided by.`, { hint: 'Add basis: views (TikTok norm), reach, impressions or followers.' }),
        );
        continue;
      }
      const other = Object.keys(BASIS_WORDS).find((b) => b !== kpi.basis && BASIS_WORDS[b]!.test(kpi.definition ?? '') && !BASIS_WORDS[kpi.basis!]!.test(kpi.definition ?? ''));
      if (other) hits.push(hit(at('kpis', i, 'definition'), `KPI ${kpi.id} has basis ${kpi.basis}, but its definition divides by ${other}.`));
    }
    const bases = [...new Set(rates.map(([k]) => k.basis).filter(Boolean))];
    if (bases.length > 1) {
      for (const [kpi, i] of rates.filter(([k]) => k.basis && k.basis !== rates.find(([r]) => r.basis)![0].basis)) {
        hits.push(hit(at('kpis', i, 'basis'), `Engagement rates in this spec use different bases (${bases.join(', ')}); KPI ${kpi.id} uses ${kpi.basis}. Reports and bonuses will not compare.`));
      }
    }
    return hits;
  },
};
