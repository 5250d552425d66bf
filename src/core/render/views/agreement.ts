/**
 * The agreement summary: every term all parties sign, on one page. Built from
 * data redacted for the agreement (internal fields removed). Times are shown
 * in the campaign's time zone.
 */
import { shortHashOf } from '../../signoff/short-hash.js';
import { signatories } from '../../signoff/signatories.js';
import { approvalEnd } from '../../schedule/approval.js';
import { checkInDates, dateOf, kpiWindow, liveUntil, wrapReportDue, wrapReportTerm } from '../../schedule/dates.js';
import { occurrenceLabel, occurrencesOf } from '../../schedule/recurrence.js';
import { appearingCreators, goLiveStart } from '../../spec/deliverable-facts.js';
import type { CampaignSpec, KPI } from '../../spec/model.js';
import { METRIC_GLOSSARY } from '../../spec/vocabulary.js';
import { exactClock } from '../../time/exact-clock.js';
import { addDays, formatDate } from '../../time/wall.js';
import { andList, dateText, minutesText, moneyText, numberText, pluralText, wallIn, zonedText } from '../format.js';
import { AUTHORITY, CADENCE, CATEGORY, DATA_SOURCE, FREQUENCY, OBJECTIVE_TYPE, PAUSE_SCOPE, RACI_ACTIVITY, ROLE, UNIT, WEEKDAY } from '../labels.js';
import { mermaidLabel } from '../markdown.js';
import { campaignView, escalationView, findingView, headerOf, namer, partiesOf, type CampaignView, type DocumentHeader, type FindingView, type RenderContext } from './common.js';
import { draftDueText, goLiveText, lengthText, titleOf } from './deliverables.js';
import { approvalView, conductLines, exclusivityLine, paymentView, rightsEndView, rightsLines, type ApprovalView, type PaymentView } from './terms.js';

export interface AgreementView {
  header: DocumentHeader;
  campaign: CampaignView & { category: string; markets: string; languages: string; currency: string };
  objectives: { primary: boolean; type: string; statement: string; kpis: string; failure: string }[];
  parties: { name: string; role: string; organisation: string; title: string; timezone: string; authority: string; backup: string }[];
  deliverables: { id: string; creator: string; what: string; length: string; draftDue: string; goLive: string; keepLive: string }[];
  gantt: string[];
  milestones: { when: string; name: string; owner: string; after: string }[];
  reportingDates: { when: string; what: string }[];
  raci: { activity: string; responsible: string; accountable: string; consulted: string; informed: string }[];
  approval: ApprovalView & { approvers: { stage: string; approver: string; backup: string }[] };
  kpis: { name: string; definition: string; basis: string; baseline: string; target: string; source: string; owner: string; window: string; reporting: string }[];
  compensation: { creator: string; payment: PaymentView }[];
  totals: string[];
  rights: string[];
  rightsEnd: { id: string; keepLive: string; organic: string; paid: string }[];
  exclusivity: string[];
  risks: { risk: string; score: string; trigger: string; owner: string; mitigation: string }[];
  severity: { level: string; definition: string; acknowledge: string; act: string; escalate: string }[];
  /** Pause rights and backup creators. */
  fallbacks: string[];
  holdingStatement: string;
  cadence: { name: string; when: string; length: string; attendees: string }[];
  channels: { routine: string; urgent: string };
  responseSla: string;
  escalation: ReturnType<typeof escalationView>;
  formalReview: { date: string; criteria: string[] } | null;
  compliance: string[];
  conduct: string[];
  decisions: { date: string; decision: string; by: string }[];
  openQuestions: FindingView[];
  signoff: SignoffView;
}

/** The campaign-zone calendar date of an instant. */
function dateIn(instant: number, zone: string): string {
  return formatDate(wallIn(instant, zone));
}

/**
 * The schedule as a Mermaid gantt chart. Mermaid ends a bar at the start of
 * its end date (exclusive), so every bar ends the day after its last day.
 */
export function ganttLines(spec: CampaignSpec): string[] {
  const zone = spec.campaign.timezone;
  const through = (lastDay: string) => addDays(lastDay, 1);
  const lines = ['gantt', `    title ${mermaidLabel(spec.campaign.name)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %d %b'];
  const milestones = spec.milestones ?? [];
  if (milestones.length > 0) {
    lines.push('    section Preparation');
    for (const m of milestones) lines.push(`    ${mermaidLabel(m.name)} :milestone, m-${m.id}, ${dateOf(m.at)}, 0d`);
  }
  lines.push('    section Content');
  lines.push(`    Campaign window :w-campaign, ${spec.campaign.window.start}, ${through(spec.campaign.window.end)}`);
  // One bar pair per occurrence of a recurring deliverable; a one-off keeps its task ids.
  for (const o of spec.deliverables.flatMap(occurrencesOf)) {
    const d = o.deliverable;
    const label = mermaidLabel(occurrenceLabel(o));
    const task = o.number === 1 ? d.id : `${d.id}-${o.number}`;
    const draft = dateOf(d.draft_due);
    const approved = dateIn(approvalEnd(exactClock, spec, d).lo, zone);
    // biome-ignore lint/complexity/useMathMinMax: dates as YYYY-MM-DD strings, which Math.max cannot compare
    lines.push(`    ${label} review :r-${task}, ${draft}, ${through(approved > draft ? approved : draft)}`);
    if (d.go_live.window_start !== undefined && d.go_live.window_end !== undefined) {
      lines.push(`    ${label} go-live window :g-${task}, ${dateOf(d.go_live.window_start)}, ${through(dateOf(d.go_live.window_end))}`);
    } else {
      lines.push(`    ${label} live :milestone, g-${task}, ${dateOf(goLiveStart(d))}, 0d`);
    }
  }
  lines.push('    section Reporting');
  for (const c of checkInDates(spec)) lines.push(`    Check-in day ${c.days} :milestone, c-${c.days}, ${c.date}, 0d`);
  lines.push(`    Wrap report due :milestone, wrap, ${wrapReportDue(spec)}, 0d`);
  if (spec.communication.formal_review) lines.push(`    Formal review :milestone, review, ${spec.communication.formal_review.date}, 0d`);
  return lines;
}

function kpiView(spec: CampaignSpec, kpi: KPI, name: (id: string) => string): AgreementView['kpis'][number] {
  const glossary = METRIC_GLOSSARY[kpi.metric];
  const unit = UNIT[kpi.unit];
  const window = kpiWindow(spec, kpi);
  const windowText = kpi.window.days_after_post !== undefined ? `${pluralText(kpi.window.days_after_post, 'day')} after each post` : `${dateText(window.start)} to ${dateText(window.end)}`;
  const attribution = kpi.attribution ? `; attribution ${kpi.attribution.model.replace(/_/g, ' ')}, ${pluralText(kpi.attribution.window_days, 'day')}` : '';
  return {
    name: kpi.name ?? glossary.name,
    definition: kpi.definition ?? glossary.formula,
    basis: kpi.basis ?? '',
    baseline: kpi.baseline ? `${numberText(kpi.baseline.value)}${unit} (${kpi.baseline.source})` : 'none',
    target: `${numberText(kpi.target)}${unit}`,
    source: `${DATA_SOURCE[kpi.data_source]}${attribution}`,
    owner: name(kpi.owner),
    window: windowText,
    reporting: CADENCE[kpi.reporting_cadence],
  };
}

function totals(spec: CampaignSpec): string[] {
  const sums = new Map<string, number>();
  for (const c of spec.compensation) sums.set(c.amount.currency, (sums.get(c.amount.currency) ?? 0) + c.amount.amount);
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => `${moneyText({ amount, currency })} in base fees`);
}

/** The renewal criteria in words: KPI criteria first (their threshold is the KPI's own target), then the written ones. */
function renewalCriteria(spec: CampaignSpec, review: NonNullable<CampaignSpec['communication']['formal_review']>): string[] {
  const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
  const kpiLines = (review.kpi_criteria ?? []).map((c) => {
    const kpi = kpis.get(c.kpi);
    if (!kpi) return `KPI ${c.kpi} meets its target; if missed: ${c.if_missed}`;
    const target = kpi.unit === 'currency' ? moneyText({ amount: kpi.target, currency: spec.campaign.currency }) : `${numberText(kpi.target)}${UNIT[kpi.unit]}`;
    return `${kpi.name ?? METRIC_GLOSSARY[kpi.metric].name} meets its target of ${target}, as the KPI defines it; if missed, the parties ${c.if_missed === 'end' ? 'end the partnership' : 'adjust the partnership'}`;
  });
  return [...kpiLines, ...review.criteria];
}

export function agreementView(spec: CampaignSpec, context: RenderContext): AgreementView {
  const name = namer(spec);
  const names = (ids: readonly string[] | undefined) => (ids ?? []).map(name).join(', ');
  const parties = partiesOf(spec);
  const zone = spec.campaign.timezone;
  const c = spec.campaign;
  const milestoneNames = new Map((spec.milestones ?? []).map((m) => [m.id, m.name]));
  const wrap = wrapReportTerm(spec);
  return {
    header: headerOf(context),
    campaign: { ...campaignView(spec), category: CATEGORY[c.category], markets: c.markets.join(', '), languages: c.languages.join(', '), currency: c.currency },
    objectives: spec.objectives.map((o) => ({
      primary: o.primary,
      type: OBJECTIVE_TYPE[o.type],
      statement: o.statement,
      kpis: o.kpis.map((id) => spec.kpis.find((k) => k.id === id)?.name ?? id).join(', '),
      failure: o.failure_looks_like ?? '',
    })),
    parties: spec.parties.map((p) => ({
      name: p.name,
      role: p.id === c.owner ? `${ROLE[p.role]}, campaign owner` : ROLE[p.role],
      organisation: p.organisation,
      title: p.title ?? '',
      timezone: p.timezone,
      authority: p.authority.map((a) => AUTHORITY[a]).join(', '),
      backup: p.backup ? name(p.backup) : '',
    })),
    deliverables: spec.deliverables.map((d) => ({
      id: d.id,
      creator: [name(d.creator), andList(appearingCreators(d).slice(1).map(name))].filter(Boolean).join(', with '),
      what: titleOf(d),
      length: lengthText(d),
      draftDue: draftDueText(d, zone),
      goLive: goLiveText(d, zone),
      keepLive: `${pluralText(d.min_live_days, 'day')}, to ${dateText(liveUntil(d))}`,
    })),
    gantt: ganttLines(spec),
    milestones: (spec.milestones ?? []).map((m) => ({
      when: zonedText(m.at, zone),
      name: m.name,
      owner: name(m.owner),
      after: (m.depends_on ?? []).map((id) => milestoneNames.get(id) ?? id).join(', '),
    })),
    reportingDates: [
      ...checkInDates(spec).map((x) => ({ when: dateText(x.date), what: `Performance check-in, day ${x.days} after the first post` })),
      { when: dateText(wrap.due), what: wrap.field === 'wrap_report_due' ? 'Wrap report due' : `Wrap report due (${pluralText(wrap.daysAfterEnd, 'day')} after the campaign ends)` },
      ...(spec.communication.formal_review ? [{ when: dateText(spec.communication.formal_review.date), what: 'Formal review and renewal decision' }] : []),
    ],
    raci: spec.raci.map((r) => ({
      activity: RACI_ACTIVITY[r.activity],
      responsible: names(r.responsible),
      accountable: name(r.accountable),
      consulted: names(r.consulted),
      informed: names(r.informed),
    })),
    approval: {
      ...approvalView(spec),
      approvers: spec.approvals.stages.map((s) => ({ stage: s.name, approver: name(s.approver), backup: parties.get(s.approver)?.backup ? name(parties.get(s.approver)!.backup!) : '' })),
    },
    kpis: spec.kpis.map((k) => kpiView(spec, k, name)),
    compensation: spec.compensation.map((x) => ({ creator: name(x.creator), payment: paymentView(spec, x) })),
    totals: totals(spec),
    rights: rightsLines(spec, 'the'),
    rightsEnd: spec.deliverables.map((d) => rightsEndView(spec, d)),
    exclusivity: (spec.exclusivity ?? []).map((e) => exclusivityLine(spec, e, 'names')),
    risks: spec.contingency.risks.map((r) => ({
      risk: r.description,
      score: `${r.likelihood} × ${r.impact} = ${r.likelihood * r.impact}`,
      trigger: r.trigger,
      owner: name(r.owner),
      mitigation: r.mitigation,
    })),
    severity: spec.contingency.severity_matrix.map((s) => ({
      level: s.level,
      definition: s.definition,
      acknowledge: minutesText(s.acknowledge_within_min),
      act: `${s.action_within_h} h`,
      escalate: names(s.escalate_to),
    })),
    fallbacks: [
      ...(spec.contingency.pause_rights ?? []).map((p) => `${name(p.holder)} may pause ${PAUSE_SCOPE[p.scope]} within ${pluralText(p.within_h, 'hour')}.`),
      ...(spec.contingency.backups ?? []).map((b) => `If ${name(b.for)} cannot deliver, ${name(b.replacement)} steps in.`),
    ],
    holdingStatement: spec.contingency.statements.holding_statement ?? '',
    cadence: spec.communication.cadence.map((m) => ({
      name: m.name,
      when: `${FREQUENCY[m.frequency]} on ${WEEKDAY[m.day]} at ${m.time} ${m.timezone}`,
      length: m.duration_min ? `${m.duration_min} min` : '',
      attendees: names(m.attendees),
    })),
    channels: { routine: spec.communication.channels.routine, urgent: spec.communication.channels.urgent },
    responseSla: pluralText(spec.communication.response_sla_h, 'hour'),
    escalation: escalationView(spec),
    formalReview: spec.communication.formal_review ? { date: dateText(spec.communication.formal_review.date), criteria: renewalCriteria(spec, spec.communication.formal_review) } : null,
    compliance: complianceLines(spec, name),
    conduct: conductLines(spec),
    decisions: (spec.decision_log ?? []).map((d) => ({ date: dateText(d.date), decision: d.decision, by: name(d.by) })),
    // Assumed terms have a section of their own ("Not yet confirmed"), value by value.
    openQuestions: context.findings.filter((f) => f.severity === 'warning' && f.ruleId !== 'assumptions-confirmed').map(findingView),
    signoff: signoffView(spec, context),
  };
}

export interface SignoffView {
  locked: boolean;
  /** The SHA-256 of the agreement as rendered; empty when the renderer was not given the sign-off status. */
  hash: string;
  signatures: { party: string; role: string; organisation: string; signer: string; signed: string; version: string; status: string }[];
}

const SIGNOFF_STATE = { signed: 'signed', stale: 'STALE: signed an earlier version', missing: 'not signed' } as const;

function signoffView(spec: CampaignSpec, context: RenderContext): SignoffView {
  const status = context.signoff;
  const party = (id: string) => spec.parties.find((p) => p.id === id)!;
  if (!status) {
    return {
      locked: false,
      hash: '',
      signatures: signatories(spec).map((p) => ({ party: p.name, role: ROLE[p.role], organisation: p.organisation, signer: '', signed: '', version: '', status: SIGNOFF_STATE.missing })),
    };
  }
  return {
    locked: status.locked,
    hash: status.hash,
    signatures: status.signatories.map((row) => {
      const p = party(row.party);
      const s = row.signature;
      return {
        party: p.name,
        role: ROLE[p.role],
        organisation: p.organisation,
        signer: s?.signer ?? '',
        signed: s?.at ?? '',
        version: s ? shortHashOf(s.agreement) : '',
        status: SIGNOFF_STATE[row.state],
      };
    }),
  };
}

function complianceLines(spec: CampaignSpec, name: (id: string) => string): string[] {
  const lines = [`Disclosure and advertising rules of ${andList([...spec.compliance.jurisdictions])} apply.`];
  const r = spec.compliance.regulated;
  if (r) {
    if (r.min_talent_age !== undefined) lines.push(`Everyone in a significant role is at least ${r.min_talent_age}.`);
    if (r.max_audience_u18_pct !== undefined) lines.push(`No creator's audience is more than ${numberText(r.max_audience_u18_pct)} % under 18.`);
    if (r.min_audience_lpa_pct !== undefined) lines.push(`At least ${numberText(r.min_audience_lpa_pct)} % of each creator's audience is of legal purchase age.`);
    if (r.finprom_approver) lines.push(`Financial promotions are approved by ${name(r.finprom_approver)}.`);
    if (r.risk_warning) lines.push(`Risk warning, on every frame: "${r.risk_warning}"`);
    if (r.responsibility_message) lines.push(`Responsibility message: "${r.responsibility_message}"`);
  }
  return lines;
}
