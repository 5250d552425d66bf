import type { CampaignSpec, KPI } from '../spec/model.js';
import { readablePath } from '../spec/pointer.js';
import { PROVENANCE_KEY } from '../spec/provenance.js';
import { at, hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

type Basis = 'reach' | 'impressions' | 'views' | 'followers';

const BASIS_OF: Readonly<Record<string, Basis>> = {
  reach: 'reach',
  impression: 'impressions',
  impressions: 'impressions',
  view: 'views',
  views: 'views',
  follower: 'followers',
  followers: 'followers',
  'follower count': 'followers',
  audience: 'followers',
};

/** An engagement rate written out: "engagements ÷ followers", "ER / reach", "likes + comments over views", "engagement per impression". */
const ENGAGEMENT_FORMULA =
  /\b(?:engagements?(?: rate)?|ER|interactions|(?:likes|comments|shares|saves)\b[^.;:\n]{0,60}?)\s*(?:\/|÷|divided by|over|per|out of)\s*(?:the |total |their |all )?(follower count|reach|impressions?|views?|followers?|audience)\b/gi;

/** Where a lead is counted: marketing-qualified, accepted by sales, sales-qualified, or an opportunity. */
const LEAD_STAGES: readonly [stage: string, pattern: RegExp][] = [
  ['marketing-qualified (MQL)', /\bMQLs?\b|\bmarketing[- ]qualified\b/i],
  ['accepted by sales (SAL)', /\bSALs?\b|\baccepted by sales\b|\bsales[- ]accepted\b/i],
  ['sales-qualified (SQL)', /\bSQLs?\b|\bsales[- ]qualified\b/i],
  ['an opportunity', /\bopportunit(?:y|ies)\b/i],
];

/** A text with no division word, or no engagement word, holds no formula: nearly every text, ruled out cheaply. */
const MAY_DIVIDE = /\/|÷|divided|\bover\b|\bper\b|out of/i;
const MAY_COUNT_ENGAGEMENT = /engagement|\bER\b|interactions|likes|comments|shares|saves/i;

function engagementBases(text: string): { said: string; basis: Basis }[] {
  if (!MAY_DIVIDE.test(text) || !MAY_COUNT_ENGAGEMENT.test(text)) return [];
  return [...text.matchAll(ENGAGEMENT_FORMULA)].map((m) => ({ said: m[0], basis: BASIS_OF[m[1]!.toLowerCase()]! }));
}

const leadStages = (text: string) => LEAD_STAGES.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage);

/** The one basis the spec's engagement-rate KPIs share, with the first KPI that states it. */
function sharedBasis(spec: CampaignSpec): { basis: Basis; kpi: KPI } | undefined {
  const rates = spec.kpis.filter((k) => k.metric === 'engagement_rate' && k.basis);
  const bases = new Set(rates.map((k) => k.basis));
  return bases.size === 1 ? { basis: rates[0]!.basis as Basis, kpi: rates[0]! } : undefined;
}

export const kpiMeasuredOneWay: Rule = {
  id: 'kpi-measured-one-way',
  severity: 'error',
  category: 'kpis',
  description:
    "Each measure is defined once: an engagement rate written out anywhere (a brief's notes, a bonus, the reporting plan) divides by the basis its KPI states, and a bonus's definition measures what its KPI measures (the same basis, the same lead stage).",
  rationale:
    'A KPI says "engagement rate by views"; the brief tells the creator "we look at engagements ÷ followers"; the bonus pays on "ER over reach". Each is a different number for the same post, often fivefold apart, and the creator is paid on whichever the reader of the report picks. The same happens with leads: a KPI counted as marketing-qualified leads and a bonus paid on leads accepted by sales. Every written-out formula and every bonus definition is read against the KPI it concerns; a second definition is an error where it is written.',
  docs: {
    bad: `kpis:
  - { id: er-views, metric: engagement_rate, basis: views, target: 5.5, unit: percent }
compensation:
  - creator: maya-chen
    bonuses:
      - kpi: er-views
        threshold: 6
        definition: Engagements ÷ followers, averaged over both videos`,
    good: `compensation:
  - creator: maya-chen
    bonuses:
      - kpi: er-views
        threshold: 6
        definition: Engagements ÷ views as in KPI er-views, averaged over both videos`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
    const bonusDefinitions = new Set<string>();

    spec.compensation.forEach((c, i) =>
      (c.bonuses ?? []).forEach((b, j) => {
        const kpi = kpis.get(b.kpi);
        if (!kpi || !b.definition) return;
        const pointer = at('compensation', i, 'bonuses', j, 'definition');
        bonusDefinitions.add(pointer);
        if (kpi.metric === 'engagement_rate' && kpi.basis) {
          const other = engagementBases(b.definition).find((f) => f.basis !== kpi.basis);
          if (other)
            hits.push(
              hit(pointer, `${c.creator}'s bonus divides by ${other.basis} ("${other.said}"), but KPI ${kpi.id} measures engagement by ${kpi.basis}: the bonus would pay on another number.`, {
                hint: `Measure the bonus as KPI ${kpi.id} does, or agree a KPI of its own.`,
              }),
            );
        }
        const kpiStages = leadStages(`${kpi.definition ?? ''} ${kpi.name ?? ''}`);
        const bonusStages = leadStages(b.definition).filter((s) => !kpiStages.includes(s));
        if (kpiStages.length > 0 && bonusStages.length > 0) {
          hits.push(
            hit(pointer, `${c.creator}'s bonus counts leads as ${bonusStages.join(' and ')}, but KPI ${kpi.id} counts them as ${kpiStages.join(' and ')}.`, {
              hint: `Count the bonus's leads as KPI ${kpi.id} does, or agree a KPI of its own.`,
            }),
          );
        }
      }),
    );

    const shared = sharedBasis(spec);
    if (shared) {
      // A KPI's own definition is engagement-rate-basis's to read; known by its text, so its formula is never parsed here.
      const kpiDefinitions = new Set(spec.kpis.map((k) => k.definition));
      for (const field of textFields(spec)) {
        if (field.section === PROVENANCE_KEY || (field.section === 'kpis' && kpiDefinitions.has(field.text))) continue;
        // The formula first: a field's path is worked out only for the rare text that holds one.
        const other = engagementBases(field.text).find((f) => f.basis !== shared.basis);
        if (!other || bonusDefinitions.has(field.pointer)) continue;
        // A KPI's own definition is engagement-rate-basis's to read.
        if (field.section === 'kpis' && field.segments[2] === 'definition') continue;
        hits.push(
          hit(
            field.pointer,
            `"${other.said}" in ${readablePath(field.pointer, spec)} divides engagement by ${other.basis}, but engagement rate is measured by ${shared.basis} (KPI ${shared.kpi.id}).`,
            { hint: `Write it as KPI ${shared.kpi.id} defines it, or refer to the KPI by its id.` },
          ),
        );
      }
    }
    return hits;
  },
};
