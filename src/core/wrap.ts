/**
 * The wrap report against the spec: which final KPI met its target, what was
 * delivered against what was planned, what each result cost, and which
 * renewal outcome the criteria agreed at kickoff point to (and which
 * criterion decided it). Pure: the spec, the wrap report and the records next
 * to the spec in, facts out; the document words them.
 */
import { plannedCosts } from './spec/planned-costs.js';
import { validate } from '../generated/wrap-validator.js';
import type { AlignkitWrapReport as WrapReport } from '../generated/wrap.types.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';
import type { AlignkitIncident as Incident } from '../generated/incident.types.js';
import { checkRecord, type RecordCheck, type RecordKind, type RecordReference, type Validate } from './records.js';
import { kpiWindow } from './schedule/dates.js';
import { lastOccurrence } from './schedule/dates.js';
import { occurrencesOf } from './schedule/recurrence.js';
import { goLiveEnd } from './spec/deliverable-facts.js';
import type { CampaignSpec, Deliverable, KPI } from './spec/model.js';
import { COST_PER_RESULT, LOWER_IS_BETTER_METRICS } from './spec/vocabulary.js';
import { exactClock } from './time/exact-clock.js';
import { parseZoned } from './time/wall.js';
import { didYouMean } from './validate/schema.js';

export type { WrapReport };

function instant(zoned: string): number {
  const { wall, zone } = parseZoned(zoned);
  return exactClock.instant(wall, zone).lo;
}

const WRAP: RecordKind<WrapReport> = {
  label: 'wrap report',
  kind: 'WrapReport',
  validate: validate as Validate,
  references(w) {
    const refs: RecordReference[] = [];
    if (w.prepared_by) refs.push({ segments: ['prepared_by'], id: w.prepared_by, kind: 'party' });
    w.kpi_actuals.forEach((k, i) => refs.push({ segments: ['kpi_actuals', i, 'kpi'], id: k.kpi, kind: 'kpi' }));
    w.delivered.forEach((d, i) => refs.push({ segments: ['delivered', i, 'deliverable'], id: d.deliverable, kind: 'deliverable' }));
    w.compliance_incidents?.forEach((c, i) => {
      if (c.deliverable) refs.push({ segments: ['compliance_incidents', i, 'deliverable'], id: c.deliverable, kind: 'deliverable' });
    });
    if (w.decision) refs.push({ segments: ['decision', 'by'], id: w.decision.by, kind: 'party' });
    return refs;
  },
  checks(w, spec) {
    const problems: { pointer: string; message: string; target?: 'key' | 'value' }[] = [];
    const seen = new Set<string>();
    w.delivered.forEach((d, i) => {
      const at = `/delivered/${i}`;
      if (seen.has(d.deliverable)) problems.push({ pointer: `${at}/deliverable`, message: `${d.deliverable} is listed twice in delivered: list each deliverable once.` });
      seen.add(d.deliverable);
      const planned = spec.deliverables.find((p) => p.id === d.deliverable)!;
      if (d.status !== 'not_delivered' && d.posted === undefined && d.posted_each === undefined)
        problems.push({ pointer: `${at}/status`, message: `${d.deliverable} is ${d.status.replace('_', ' ')} but has no \`posted\` time: say when it went live, with the time zone.` });
      if (d.status === 'not_delivered' && d.posted !== undefined)
        problems.push({ pointer: `${at}/posted`, message: `${d.deliverable} is not delivered but has a \`posted\` time: one of them is wrong.` });
      if (d.posted_each !== undefined) {
        const occurrences = occurrencesOf(planned).length;
        if (d.status === 'not_delivered') problems.push({ pointer: `${at}/posted_each`, message: `${d.deliverable} is not delivered but has \`posted_each\` times: one of them is wrong.` });
        else if (occurrences === 1) problems.push({ pointer: `${at}/posted_each`, message: `${d.deliverable} does not recur: give its one \`posted\` time instead of \`posted_each\`.` });
        else if (d.posted_each.length > occurrences)
          problems.push({ pointer: `${at}/posted_each`, message: `${d.deliverable} has ${occurrences} occurrences, but \`posted_each\` gives ${d.posted_each.length} times.` });
        else if (d.status === 'delivered' && d.posted_each.length < occurrences)
          problems.push({
            pointer: `${at}/posted_each`,
            message: `${d.deliverable} is delivered, but \`posted_each\` gives ${d.posted_each.length} of its ${occurrences} occurrences: add the rest, or say it was partly delivered.`,
          });
        if (d.posted !== undefined && d.posted !== d.posted_each.at(-1))
          problems.push({ pointer: `${at}/posted`, message: `\`posted\` is the last occurrence's time, but ${d.deliverable}'s \`posted_each\` ends with ${d.posted_each.at(-1)}: keep one of them.` });
      }
      if (d.status === 'partly_delivered') {
        if (d.pieces === undefined) problems.push({ pointer: `${at}/status`, message: `${d.deliverable} is partly delivered: say how many of its ${planned.count} pieces went live in \`pieces\`.` });
        else if (d.pieces >= planned.count)
          problems.push({ pointer: `${at}/pieces`, message: `${d.pieces} pieces is not partly delivered: the spec plans ${planned.count}. Write status delivered, or the number that went live.` });
      } else if (d.pieces !== undefined && d.pieces !== (d.status === 'delivered' ? planned.count : 0)) {
        problems.push({ pointer: `${at}/pieces`, message: `${d.pieces} pieces contradicts status ${d.status.replace('_', ' ')} (the spec plans ${planned.count}).` });
      }
    });
    for (const planned of spec.deliverables) {
      if (!seen.has(planned.id))
        problems.push({ pointer: '/delivered', target: 'key', message: `Deliverable ${planned.id} is missing from delivered: say whether it was delivered, partly delivered or not delivered.` });
    }
    const measured = new Set(w.kpi_actuals.map((k) => k.kpi));
    for (const kpi of spec.kpis) {
      if (!measured.has(kpi.id)) problems.push({ pointer: '/kpi_actuals', target: 'key', message: `KPI ${kpi.id} has no final actual: add its value, the day it was taken and its source.` });
    }
    const currency = spec.campaign.currency;
    w.costs.forEach((c, i) => {
      if (c.amount.currency !== currency)
        problems.push({ pointer: `/costs/${i}/amount/currency`, message: `Costs are summed in the campaign currency, ${currency}; convert ${c.amount.currency} and say the rate in the note.` });
    });
    const written = spec.communication.formal_review?.criteria ?? [];
    const judged = new Set<string>();
    (w.criteria ?? []).forEach((j, i) => {
      if (!written.includes(j.criterion)) {
        const suggestion = didYouMean(j.criterion, written);
        problems.push({
          pointer: `/criteria/${i}/criterion`,
          message:
            written.length === 0
              ? "The spec's formal review has no written criteria to judge."
              : `"${j.criterion}" is not one of the formal review's criteria${suggestion ? `; did you mean "${suggestion}"?` : ` (${written.map((c) => `"${c}"`).join(', ')})`}`,
        });
      } else if (judged.has(j.criterion)) {
        problems.push({ pointer: `/criteria/${i}/criterion`, message: `"${j.criterion}" is judged twice: keep one.` });
      }
      judged.add(j.criterion);
    });
    return problems;
  },
};

export function checkWrap(file: string, bytes: Uint8Array, spec: CampaignSpec): RecordCheck<WrapReport> {
  return checkRecord(WRAP, file, bytes, spec);
}

// ---- evaluation ------------------------------------------------------------

export interface KpiOutcome {
  kpi: KPI;
  actual: number;
  asOf: string;
  source: string;
  met: boolean;
  /** actual ÷ target, in percent. */
  ofTarget: number;
  window: { start: string; end: string };
  /** Measured before its window closed: the figure may still move. */
  provisional: boolean;
  /** The earlier readings from follow-ups, oldest first, with the final one last. */
  readings: { value: number; asOf: string; source: string }[];
}

export interface DeliveryOutcome {
  deliverable: Deliverable;
  status: 'delivered' | 'partly_delivered' | 'not_delivered';
  pieces: number;
  posted?: string;
  /** Hours after the planned go-live (or its window's end); 0 or less is on time. */
  hoursLate?: number;
  /** With `posted_each`: the occurrences that went live late, by number (1 for the first), with their hours. */
  lateOccurrences?: { number: number; of: number; hoursLate: number }[];
  onTime: boolean;
  url?: string;
  note?: string;
}

export interface CostPerResult {
  /** The cost-per KPI, when the spec sets one. */
  kpi?: KPI;
  metric: string;
  /** The volume KPI divided by. */
  volume: KPI;
  /** The cost items divided, when the cost-per KPI states them; all costs otherwise. */
  basis?: readonly string[];
  /** Cost (of the basis) ÷ volume × per. */
  computed: number;
  /** What the wrap reports for the cost-per KPI, if anything. */
  reported?: number;
  target?: number;
}

export interface CriterionOutcome {
  /** The criterion as the spec writes it, or the KPI it names. */
  criterion: string;
  kpi?: KPI;
  /** undefined: nobody said. */
  met?: boolean;
  evidence: string;
  /** What missing it means, when the spec agreed it. */
  ifMissed?: 'adjust' | 'end';
}

export interface RenewalOutcome {
  /** undecided: a criterion has no result yet; parties_decide: missed, but the spec agreed no consequence. */
  outcome: 'renew' | 'adjust' | 'end' | 'undecided' | 'parties_decide';
  /** The criterion that decided it (or that is missing). */
  decidedBy?: CriterionOutcome;
  criteria: CriterionOutcome[];
}

export interface WrapOutcome {
  kpis: KpiOutcome[];
  deliveries: DeliveryOutcome[];
  onTime: { onTime: number; planned: number };
  totalCost: number;
  plannedCost: { label: string; amount: number }[];
  costPerResult: CostPerResult[];
  renewal: RenewalOutcome;
  incidents: Incident[];
}

function meets(kpi: KPI, actual: number): boolean {
  return LOWER_IS_BETTER_METRICS.has(kpi.metric) ? actual <= kpi.target : actual >= kpi.target;
}

function kpiOutcomes(spec: CampaignSpec, wrap: WrapReport, history: readonly FollowUp[]): KpiOutcome[] {
  return spec.kpis.map((kpi) => {
    const finals = wrap.kpi_actuals.filter((a) => a.kpi === kpi.id).sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
    const final = finals.at(-1)!;
    const earlier = history
      .flatMap((f) => (f.kpi_actuals ?? []).filter((a) => a.kpi === kpi.id))
      .filter((a) => a.as_of < final.as_of)
      .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
    const window = kpiWindow(spec, kpi);
    return {
      kpi,
      actual: final.value,
      asOf: final.as_of,
      source: final.source,
      met: meets(kpi, final.value),
      ofTarget: kpi.target === 0 ? 0 : (final.value / kpi.target) * 100,
      window,
      provisional: final.as_of < window.end,
      readings: [...earlier, ...finals.slice(0, -1), final].map((a) => ({ value: a.value, asOf: a.as_of, source: a.source })),
    };
  });
}

function deliveryOutcomes(spec: CampaignSpec, wrap: WrapReport): DeliveryOutcome[] {
  return spec.deliverables.map((d) => {
    const reported = wrap.delivered.find((r) => r.deliverable === d.id)!;
    const pieces = reported.status === 'delivered' ? d.count : reported.status === 'partly_delivered' ? reported.pieces! : 0;
    const hoursAfter = (posted: string, due: string) => Math.round(((instant(posted) - instant(due)) / 3_600_000) * 10) / 10;
    const posted = reported.posted ?? reported.posted_each?.at(-1);
    // A recurring deliverable is posted when its last piece is: it is late if that one is, or, with a time per
    // occurrence, if any occurrence is.
    const hoursLate = posted === undefined ? undefined : hoursAfter(posted, goLiveEnd(lastOccurrence(d)));
    // Only a series reported occurrence by occurrence is laid out as its occurrences.
    const occurrences = reported.posted_each ? occurrencesOf(d) : [];
    const lateOccurrences = reported.posted_each
      ?.map((at, i) => ({ number: i + 1, of: occurrences.length, hoursLate: i < occurrences.length ? hoursAfter(at, goLiveEnd(occurrences[i]!.deliverable)) : 0 }))
      .filter((o) => o.hoursLate > 0);
    return {
      deliverable: d,
      status: reported.status,
      pieces,
      ...(posted !== undefined ? { posted } : {}),
      ...(hoursLate !== undefined ? { hoursLate } : {}),
      ...(lateOccurrences !== undefined ? { lateOccurrences } : {}),
      onTime: reported.status === 'delivered' && hoursLate !== undefined && hoursLate <= 0 && (lateOccurrences?.length ?? 0) === 0,
      ...(reported.url !== undefined ? { url: reported.url } : {}),
      ...(reported.note !== undefined ? { note: reported.note } : {}),
    };
  });
}

function costsPerResult(outcomes: readonly KpiOutcome[], costs: WrapReport['costs']): CostPerResult[] {
  const byMetric = new Map<string, KpiOutcome>();
  for (const o of outcomes) if (!byMetric.has(o.kpi.metric)) byMetric.set(o.kpi.metric, o);
  const rows: CostPerResult[] = [];
  for (const [metric, { volume, per }] of Object.entries(COST_PER_RESULT)) {
    const volumeOutcome = byMetric.get(volume);
    const target = byMetric.get(metric);
    // The costs the target divides, as the spec states them (cost_basis); all of them otherwise.
    const basis = target?.kpi.cost_basis;
    const cost = costs.filter((c) => !basis || (basis as readonly string[]).includes(c.item)).reduce((total, c) => total + c.amount.amount, 0);
    if (!volumeOutcome || volumeOutcome.actual <= 0 || cost <= 0) continue;
    rows.push({
      metric,
      volume: volumeOutcome.kpi,
      ...(basis ? { basis } : {}),
      computed: (cost / volumeOutcome.actual) * per,
      ...(target ? { kpi: target.kpi, reported: target.actual, target: target.kpi.target } : {}),
    });
  }
  return rows;
}

function renewalOutcome(spec: CampaignSpec, wrap: WrapReport, outcomes: readonly KpiOutcome[]): RenewalOutcome {
  const review = spec.communication.formal_review;
  const criteria: CriterionOutcome[] = [];
  for (const c of review?.kpi_criteria ?? []) {
    const o = outcomes.find((k) => k.kpi.id === c.kpi)!;
    criteria.push({ criterion: c.kpi, kpi: o.kpi, met: o.met, evidence: `${o.actual} against a target of ${o.kpi.target} (${o.source}, ${o.asOf})`, ifMissed: c.if_missed });
  }
  for (const text of review?.criteria ?? []) {
    const judged = wrap.criteria?.find((j) => j.criterion === text);
    criteria.push({ criterion: text, ...(judged ? { met: judged.met } : {}), evidence: judged?.evidence ?? '' });
  }
  const missed = criteria.filter((c) => c.met === false);
  const ending = missed.find((c) => c.ifMissed === 'end');
  if (ending) return { outcome: 'end', decidedBy: ending, criteria };
  const unknown = criteria.find((c) => c.met === undefined);
  if (unknown) return { outcome: 'undecided', decidedBy: unknown, criteria };
  const adjusting = missed.find((c) => c.ifMissed === 'adjust');
  if (adjusting) return { outcome: 'adjust', decidedBy: adjusting, criteria };
  if (missed[0]) return { outcome: 'parties_decide', decidedBy: missed[0], criteria };
  return { outcome: criteria.length === 0 ? 'undecided' : 'renew', criteria };
}

export function evaluateWrap(spec: CampaignSpec, wrap: WrapReport, context: { followups: readonly FollowUp[]; incidents: readonly Incident[] }): WrapOutcome {
  const kpis = kpiOutcomes(spec, wrap, context.followups);
  const deliveries = deliveryOutcomes(spec, wrap);
  const totalCost = wrap.costs.reduce((total, c) => total + c.amount.amount, 0);
  return {
    kpis,
    deliveries,
    onTime: { onTime: deliveries.filter((d) => d.onTime).length, planned: deliveries.length },
    totalCost,
    plannedCost: plannedCosts(spec),
    costPerResult: costsPerResult(kpis, wrap.costs),
    renewal: renewalOutcome(spec, wrap, kpis),
    incidents: [...context.incidents].sort((a, b) => instant(a.detected) - instant(b.detected)),
  };
}
