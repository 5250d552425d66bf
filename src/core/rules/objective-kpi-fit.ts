import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Metrics that can show each objective type worked. */
export const FITTING_METRICS: Readonly<Record<string, readonly string[]>> = {
  awareness: ['reach', 'impressions', 'views', 'frequency', 'vtr', 'cpm', 'cpv', 'brand_lift', 'share_of_voice'],
  consideration: ['engagements', 'engagement_rate', 'ctr', 'clicks', 'cpc', 'cpe', 'saves', 'shares', 'brand_lift', 'vtr', 'followers_gained', 'sentiment'],
  conversion: ['conversions', 'cvr', 'cpa', 'revenue', 'roas', 'roi', 'incrementality'],
  lead_gen: ['leads', 'cpl', 'cvr', 'conversions'],
  content_library: ['content_pieces'],
  advocacy: ['sentiment', 'share_of_voice', 'engagements', 'engagement_rate', 'shares'],
  thought_leadership: ['reach', 'impressions', 'engagement_rate', 'engagements', 'share_of_voice', 'leads', 'followers_gained'],
};

export const objectiveKpiFit: Rule = {
  id: 'objective-kpi-fit',
  severity: 'warning',
  category: 'kpis',
  description: 'Each objective is measured by at least one KPI that fits its type (awareness → reach, views, CPM; conversion → CPA, ROAS; lead generation → CPL).',
  rationale: 'An awareness campaign judged on sales, or a conversion campaign judged on likes, will be called a failure by one party and a success by another.',
  docs: {
    bad: `objectives:
  - { id: launch-sales, type: conversion, kpis: [views-total] }`,
    good: `objectives:
  - { id: launch-sales, type: conversion, kpis: [code-sales] }   # metric: conversions`,
  },
  check(spec) {
    const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
    const hits: RuleHit[] = [];
    spec.objectives.forEach((o, i) => {
      const fitting = FITTING_METRICS[o.type] ?? [];
      const metrics = o.kpis.map((id) => kpis.get(id)?.metric).filter((m): m is NonNullable<typeof m> => m !== undefined);
      if (metrics.length > 0 && !metrics.some((m) => fitting.includes(m))) {
        hits.push(
          hit(at('objectives', i, 'kpis'), `Objective ${o.id} is ${o.type}, but its KPIs measure ${[...new Set(metrics)].join(', ')}.`, {
            hint: `Add a KPI on ${fitting.slice(0, 4).join(', ')}.`,
          }),
        );
      }
    });
    return hits;
  },
};
