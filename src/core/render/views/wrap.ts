/**
 * The wrap document: each KPI's final actual against its target with the
 * spec's own formula and basis and how it paced over its window; delivered
 * against planned; what the campaign cost and what each result cost against
 * the spec's targets; compliance incidents; and the renewal outcome the
 * criteria agreed at kickoff point to, with the criterion that decided it.
 */
import { documentLanguage } from '../../i18n/language.js';
import type { WrapOutcome, WrapReport } from '../../wrap.js';
import { lastOccurrence } from '../../schedule/dates.js';
import { goLiveEnd } from '../../spec/deliverable-facts.js';
import type { CampaignSpec, KPI } from '../../spec/model.js';
import { METRIC_GLOSSARY } from '../../spec/vocabulary.js';
import { dateText, moneyText, numberText, zonedText } from '../format.js';
import { COST_ITEM, FORMAT, OUTCOME, PLATFORM, UNIT } from '../labels.js';
import { campaignView, headerOf, namer, type CampaignView, type DocumentHeader, type RenderContext } from './common.js';
import { pace } from './followup.js';
import { incidentLine } from './incident.js';

export interface WrapView {
  header: DocumentHeader;
  campaign: CampaignView;
  date: string;
  preparedBy: string;
  summary: string;
  /** Why the figures may still move: written before the campaign or a KPI window ended. */
  provisional: string[];
  kpis: { name: string; actual: string; target: string; ofTarget: string; result: string; formula: string; window: string; asOf: string; source: string; pacing: string }[];
  onTime: string;
  deliveries: { id: string; creator: string; what: string; planned: string; posted: string; result: string; note: string }[];
  costs: { item: string; amount: string; note: string }[];
  totalCost: string;
  planned: { item: string; amount: string }[];
  plannedTotal: string;
  variance: string;
  costPerResult: { name: string; computed: string; target: string; reported: string; result: string }[];
  incidents: { date: string; what: string; status: string }[];
  renewal: { outcome: string; because: string; criteria: { criterion: string; result: string; evidence: string; ifMissed: string }[] };
  decision: { outcome: string; by: string; note: string; matches: boolean } | null;
  learnings: string[];
}

function kpiName(kpi: KPI): string {
  return kpi.name ?? METRIC_GLOSSARY[kpi.metric].name;
}

function valueText(kpi: KPI, value: number, currency: string): string {
  return kpi.unit === 'currency' ? moneyText({ amount: value, currency }) : `${numberText(value)}${UNIT[kpi.unit]}`;
}

function formulaOf(kpi: KPI): string {
  const glossary = METRIC_GLOSSARY[kpi.metric].formula;
  if (kpi.definition) return kpi.definition.replace(/[.\s]+$/, '');
  return kpi.basis ? `${glossary.replace(/ \(basis:[^)]*\)/, '')}, basis: ${kpi.basis}` : glossary;
}

const OUTCOME_TEXT = {
  renew: 'Renew',
  adjust: 'Adjust',
  end: 'End',
  undecided: 'Not decided yet',
  parties_decide: 'The parties decide (adjust or end)',
} as const;

export function wrapView(spec: CampaignSpec, wrap: WrapReport, outcome: WrapOutcome, context: RenderContext): WrapView {
  const name = namer(spec);
  const currency = spec.campaign.currency;
  const money = (amount: number) => moneyText({ amount: Math.round(amount * 100) / 100, currency });
  const provisional = [
    ...(wrap.date < spec.campaign.window.end ? [`This report is dated ${dateText(wrap.date)}, before the campaign ends on ${dateText(spec.campaign.window.end)}.`] : []),
    ...outcome.kpis.filter((k) => k.provisional).map((k) => `${kpiName(k.kpi)} was measured on ${dateText(k.asOf)}, before its window closes on ${dateText(k.window.end)}.`),
  ];
  const plannedTotal = outcome.plannedCost.reduce((t, r) => t + r.amount, 0);
  const varianceAmount = outcome.totalCost - plannedTotal;

  const kpiText = (id: string) => {
    const k = outcome.kpis.find((o) => o.kpi.id === id)!;
    return `${valueText(k.kpi, k.actual, currency)} against a target of ${valueText(k.kpi, k.kpi.target, currency)}, as of ${dateText(k.asOf)} (source: ${k.source})`;
  };
  const renewal = outcome.renewal;
  const decided = renewal.decidedBy;
  const criterionName = (c: NonNullable<typeof decided>) => (c.kpi ? `${kpiName(c.kpi)} (KPI ${c.kpi.id})` : `"${c.criterion}"`);
  const because = (() => {
    if (renewal.criteria.length === 0) return 'The spec agreed no renewal criteria, so the wrap cannot point to an outcome: agree them in `communication.formal_review`.';
    if (!decided) return 'Every criterion agreed at kickoff was met.';
    const who = criterionName(decided);
    if (renewal.outcome === 'end') return `${who} was missed, and the spec agreed that missing it ends the partnership.`;
    if (renewal.outcome === 'adjust') return `${who} was missed, and the spec agreed that missing it means adjusting the partnership; every criterion that would end it was met.`;
    if (renewal.outcome === 'parties_decide') return `${who} was missed, and the spec did not say whether missing it means adjusting or ending: the parties decide at the formal review.`;
    return `Nobody has said whether ${who} was met: judge it in the wrap report's \`criteria\` with its evidence.`;
  })();

  const decision = wrap.decision
    ? {
        outcome: OUTCOME[wrap.decision.outcome],
        by: name(wrap.decision.by),
        note: wrap.decision.note ? `${wrap.decision.note.replace(/[.\s]+$/, '')}.` : '',
        matches: renewal.outcome === wrap.decision.outcome || (renewal.outcome === 'parties_decide' && wrap.decision.outcome !== 'renew'),
      }
    : null;

  return {
    header: headerOf(context),
    campaign: campaignView(spec),
    date: dateText(wrap.date),
    preparedBy: wrap.prepared_by ? name(wrap.prepared_by) : '',
    summary: wrap.summary ?? '',
    provisional,
    kpis: outcome.kpis.map((k) => ({
      name: kpiName(k.kpi),
      actual: valueText(k.kpi, k.actual, currency),
      target: valueText(k.kpi, k.kpi.target, currency),
      ofTarget: `${numberText(Math.round(k.ofTarget))} %`,
      result: k.met ? 'met' : 'missed',
      formula: formulaOf(k.kpi),
      window: `${dateText(k.window.start)} to ${dateText(k.window.end)}`,
      asOf: dateText(k.asOf),
      source: k.source,
      pacing: k.readings
        .map((r) => {
          const p = pace(spec, k.kpi, r.value, r.asOf);
          return `${dateText(r.asOf)}: ${valueText(k.kpi, r.value, currency)}${p.pace ? ` (${p.pace} of pace, ${p.status})` : ` (${p.status})`}`;
        })
        .join('; '),
    })),
    onTime: `${outcome.onTime.onTime} of ${outcome.onTime.planned} deliverables went live complete and on time (${numberText(Math.round((outcome.onTime.onTime / Math.max(outcome.onTime.planned, 1)) * 100))} %).`,
    deliveries: outcome.deliveries.map((d) => {
      const late = d.hoursLate ?? 0;
      const hours = (h: number) => (h >= 48 ? `${numberText(Math.round(h / 24))} days` : `${numberText(h)} h`);
      // With a time per occurrence, the late ones by number ("late: 3/6 by 26 h"); otherwise the last piece's.
      const timing =
        d.posted === undefined
          ? ''
          : d.lateOccurrences?.length
            ? `, late: ${d.lateOccurrences.map((o) => `${o.number}/${o.of} by ${hours(o.hoursLate)}`).join(', ')}`
            : late > 0
              ? `, ${hours(late)} late`
              : ', on time';
      const result = d.status === 'not_delivered' ? 'not delivered' : d.status === 'partly_delivered' ? `partly: ${d.pieces} of ${d.deliverable.count}${timing}` : `delivered${timing}`;
      return {
        id: d.deliverable.id,
        creator: name(d.deliverable.creator),
        what: `${d.deliverable.count > 1 ? `${d.deliverable.count} × ` : ''}${PLATFORM[d.deliverable.platform]} ${FORMAT[d.deliverable.format]}`,
        planned: `${zonedText(goLiveEnd(lastOccurrence(d.deliverable)))} ${goLiveEnd(d.deliverable).split(' ')[1]}`,
        posted: d.posted ? `${zonedText(d.posted)} ${d.posted.split(' ')[1]}` : '',
        result,
        note: d.note ?? '',
      };
    }),
    costs: wrap.costs.map((c) => ({ item: COST_ITEM[c.item], amount: moneyText(c.amount), note: c.note ?? '' })),
    totalCost: money(outcome.totalCost),
    planned: outcome.plannedCost.map((r) => ({ item: r.label, amount: money(r.amount) })),
    plannedTotal: money(plannedTotal),
    variance:
      plannedTotal === 0
        ? ''
        : `${varianceAmount > 0 ? `${money(varianceAmount)} over` : varianceAmount < 0 ? `${money(-varianceAmount)} under` : 'exactly on'} the planned ${money(plannedTotal)} (${numberText(Math.round((outcome.totalCost / plannedTotal) * 100))} %).`,
    costPerResult: outcome.costPerResult.map((c) => {
      const computedText = money(c.computed);
      const mismatch = c.reported !== undefined && c.computed > 0 && Math.abs(c.reported - c.computed) / c.computed > 0.05;
      const met = c.target !== undefined ? c.computed <= c.target : undefined;
      const cost = c.basis ? c.basis.map((item) => COST_ITEM[item as keyof typeof COST_ITEM].toLowerCase()).join(' + ') : 'total cost';
      return {
        name: `${METRIC_GLOSSARY[c.metric as keyof typeof METRIC_GLOSSARY].name}: ${cost} ÷ ${kpiName(c.volume)}${c.metric === 'cpm' ? ' × 1,000' : ''}`,
        computed: computedText,
        target: c.target !== undefined ? money(c.target) : '',
        reported: c.reported !== undefined ? money(c.reported) : '',
        result: `${met === undefined ? 'no target set' : met ? 'met' : 'missed'}${mismatch ? `; the reported figure differs from ${cost} ÷ ${kpiName(c.volume)} by more than 5 %: check which costs the report counts` : ''}`,
      };
    }),
    incidents: [
      ...(wrap.compliance_incidents ?? []).map((c) => ({ date: dateText(c.date), what: `${c.description}${c.deliverable ? ` (${c.deliverable})` : ''}`, status: `resolved: ${c.resolution}` })),
      ...outcome.incidents.map((i) => incidentLine(i, documentLanguage('en'))),
    ],
    renewal: {
      outcome: OUTCOME_TEXT[renewal.outcome],
      because,
      criteria: renewal.criteria.map((c) => ({
        criterion: c.kpi ? `${kpiName(c.kpi)} meets its target` : c.criterion,
        result: c.met === undefined ? 'not judged' : c.met ? 'met' : 'missed',
        evidence: c.kpi ? kpiText(c.kpi.id) : c.evidence,
        ifMissed: c.ifMissed ?? 'not agreed',
      })),
    },
    decision,
    learnings: wrap.learnings,
  };
}
