import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const onePrimaryObjective: Rule = {
  id: 'one-primary-objective',
  severity: 'error',
  category: 'kpis',
  description: 'Exactly one objective is primary, and every KPI measures some objective.',
  rationale:
    'When awareness and sales are both "primary", the creator optimises for one and is judged on the other. A KPI that measures no objective is a number someone will later argue was the point.',
  docs: {
    bad: `objectives:
  - { id: launch-awareness, primary: true }
  - { id: launch-sales, primary: true }`,
    good: `objectives:
  - { id: launch-awareness, primary: true }
  - { id: launch-sales, primary: false }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const primaries = spec.objectives.map((o, i) => [o, i] as const).filter(([o]) => o.primary);
    if (primaries.length === 0) {
      hits.push(hit(at('objectives'), 'No objective is primary: mark the one the campaign is judged on with primary: true.', { target: 'key' }));
    }
    for (const [o, i] of primaries.slice(1)) {
      hits.push(
        hit(at('objectives', i, 'primary'), `Objective ${o.id} is primary, but so is ${primaries[0]![0].id}; exactly one objective can be primary.`, {
          hint: 'Set primary: false on every objective but the one the campaign is judged on.',
        }),
      );
    }
    const measured = new Set(spec.objectives.flatMap((o) => o.kpis));
    spec.kpis.forEach((kpi, i) => {
      if (!measured.has(kpi.id)) hits.push(hit(at('kpis', i, 'id'), `KPI ${kpi.id} measures no objective; list it under an objective's kpis or remove it.`));
    });
    return hits;
  },
};
