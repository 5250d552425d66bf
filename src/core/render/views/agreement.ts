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
import { exactClock } from '../../time/exact-clock.js';
import { addDays, formatDate } from '../../time/wall.js';
import { documentLanguage, type DocumentLanguage, type MessageValues } from '../../i18n/language.js';
import { minutesText, wallIn } from '../format.js';
import { UNIT } from '../labels.js';
import { mermaidLabel } from '../markdown.js';
import { campaignView, escalationView, findingView, headerOf, namer, partiesOf, type CampaignView, type DocumentHeader, type FindingView, type RenderContext } from './common.js';
import { draftDueText, goLiveText, lengthText, titleOf } from './deliverables.js';
import { approvalView, conductLines, exclusivityLine, paymentView, rightsEndView, rightsLines, type ApprovalView, type PaymentView } from './terms.js';

const ENGLISH = documentLanguage('en');

export interface AgreementView {
  header: DocumentHeader;
  campaign: CampaignView & { category: string; markets: string; languages: string; currency: string; timezoneNote: string; ownerNote: string };
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
export function ganttLines(spec: CampaignSpec, lang: DocumentLanguage = ENGLISH): string[] {
  const zone = spec.campaign.timezone;
  const through = (lastDay: string) => addDays(lastDay, 1);
  const label = (key: string, values?: MessageValues) => mermaidLabel(lang.t(key, values));
  const lines = ['gantt', `    title ${mermaidLabel(spec.campaign.name)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %d %b'];
  const milestones = spec.milestones ?? [];
  if (milestones.length > 0) {
    lines.push(`    section ${label('gantt.preparation')}`);
    for (const m of milestones) lines.push(`    ${mermaidLabel(m.name)} :milestone, m-${m.id}, ${dateOf(m.at)}, 0d`);
  }
  lines.push(`    section ${label('gantt.content')}`);
  lines.push(`    ${label('gantt.campaignWindow')} :w-campaign, ${spec.campaign.window.start}, ${through(spec.campaign.window.end)}`);
  // One bar pair per occurrence of a recurring deliverable; a one-off keeps its task ids.
  for (const o of spec.deliverables.flatMap(occurrencesOf)) {
    const d = o.deliverable;
    const name = occurrenceLabel(o);
    const task = o.number === 1 ? d.id : `${d.id}-${o.number}`;
    const draft = dateOf(d.draft_due);
    const approved = dateIn(approvalEnd(exactClock, spec, d).lo, zone);
    // biome-ignore lint/complexity/useMathMinMax: dates as YYYY-MM-DD strings, which Math.max cannot compare
    lines.push(`    ${label('gantt.review', { name })} :r-${task}, ${draft}, ${through(approved > draft ? approved : draft)}`);
    if (d.go_live.window_start !== undefined && d.go_live.window_end !== undefined) {
      lines.push(`    ${label('gantt.goLiveWindow', { name })} :g-${task}, ${dateOf(d.go_live.window_start)}, ${through(dateOf(d.go_live.window_end))}`);
    } else {
      lines.push(`    ${label('gantt.live', { name })} :milestone, g-${task}, ${dateOf(goLiveStart(d))}, 0d`);
    }
  }
  lines.push(`    section ${label('gantt.reporting')}`);
  for (const c of checkInDates(spec)) lines.push(`    ${label('gantt.checkIn', { days: c.days })} :milestone, c-${c.days}, ${c.date}, 0d`);
  lines.push(`    ${label('gantt.wrapReport')} :milestone, wrap, ${wrapReportDue(spec)}, 0d`);
  if (spec.communication.formal_review) lines.push(`    ${label('gantt.formalReview')} :milestone, review, ${spec.communication.formal_review.date}, 0d`);
  return lines;
}

/** A value in a KPI's unit: "4.5 %", "2,000,000". */
function measureText(value: number, unit: KPI['unit'], lang: DocumentLanguage): string {
  return `${lang.number(value)}${UNIT[unit]}`;
}

function kpiView(spec: CampaignSpec, kpi: KPI, name: (id: string) => string, lang: DocumentLanguage): AgreementView['kpis'][number] {
  const window = kpiWindow(spec, kpi);
  const windowText =
    kpi.window.days_after_post !== undefined
      ? lang.t('agreement.kpiWindowAfterPost', { days: lang.count(kpi.window.days_after_post, 'day') })
      : lang.t('campaign.window', { start: lang.date(window.start), end: lang.date(window.end) });
  const attribution = kpi.attribution ? lang.t('agreement.attribution', { model: lang.label('attributionModel', kpi.attribution.model), days: lang.count(kpi.attribution.window_days, 'day') }) : '';
  return {
    name: kpi.name ?? lang.label('metric', kpi.metric),
    definition: kpi.definition ?? lang.label('metricFormula', kpi.metric),
    basis: kpi.basis ?? '',
    baseline: kpi.baseline ? lang.t('agreement.baselineValue', { value: measureText(kpi.baseline.value, kpi.unit, lang), source: kpi.baseline.source }) : lang.t('agreement.noBaseline'),
    target: measureText(kpi.target, kpi.unit, lang),
    source: `${lang.label('dataSource', kpi.data_source)}${attribution}`,
    owner: name(kpi.owner),
    window: windowText,
    reporting: lang.label('reportingCadence', kpi.reporting_cadence),
  };
}

function totals(spec: CampaignSpec, lang: DocumentLanguage): string[] {
  const sums = new Map<string, number>();
  for (const c of spec.compensation) sums.set(c.amount.currency, (sums.get(c.amount.currency) ?? 0) + c.amount.amount);
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => lang.t('agreement.total', { amount: lang.money({ amount, currency }) }));
}

/** The renewal criteria in words: KPI criteria first (their threshold is the KPI's own target), then the written ones. */
function renewalCriteria(spec: CampaignSpec, review: NonNullable<CampaignSpec['communication']['formal_review']>, lang: DocumentLanguage): string[] {
  const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
  const kpiLines = (review.kpi_criteria ?? []).map((c) => {
    const kpi = kpis.get(c.kpi);
    if (!kpi) return lang.t('agreement.renewalUnknownKpi', { kpi: c.kpi, ifMissed: c.if_missed });
    const target = kpi.unit === 'currency' ? lang.money({ amount: kpi.target, currency: spec.campaign.currency }) : measureText(kpi.target, kpi.unit, lang);
    return lang.t('agreement.renewalKpi', { kpi: kpi.name ?? lang.label('metric', kpi.metric), target, ifMissed: c.if_missed === 'end' ? 'end' : 'adjust' });
  });
  return [...kpiLines, ...review.criteria];
}

export function agreementView(spec: CampaignSpec, context: RenderContext, lang: DocumentLanguage = ENGLISH): AgreementView {
  const name = namer(spec);
  const names = (ids: readonly string[] | undefined) => (ids ?? []).map(name).join(', ');
  const parties = partiesOf(spec);
  const zone = spec.campaign.timezone;
  const c = spec.campaign;
  const milestoneNames = new Map((spec.milestones ?? []).map((m) => [m.id, m.name]));
  const wrap = wrapReportTerm(spec);
  const owner = name(c.owner);
  return {
    header: headerOf(context),
    campaign: {
      ...campaignView(spec, lang),
      category: lang.label('category', c.category),
      markets: c.markets.join(', '),
      languages: c.languages.join(', '),
      currency: c.currency,
      timezoneNote: lang.t('agreement.timezoneNote', { zone: c.timezone }),
      ownerNote: lang.t('agreement.ownerNote', { owner }),
    },
    objectives: spec.objectives.map((o) => ({
      primary: o.primary,
      type: lang.label('objectiveType', o.type),
      statement: o.statement,
      kpis: o.kpis.map((id) => spec.kpis.find((k) => k.id === id)?.name ?? id).join(', '),
      failure: o.failure_looks_like ?? '',
    })),
    parties: spec.parties.map((p) => ({
      name: p.name,
      role: p.id === c.owner ? lang.t('agreement.roleOwner', { role: lang.label('role', p.role) }) : lang.label('role', p.role),
      organisation: p.organisation,
      title: p.title ?? '',
      timezone: p.timezone,
      authority: p.authority.map((a) => lang.label('authority', a)).join(', '),
      backup: p.backup ? name(p.backup) : '',
    })),
    deliverables: spec.deliverables.map((d) => {
      const others = appearingCreators(d).slice(1).map(name);
      return {
        id: d.id,
        creator: others.length > 0 ? lang.t('agreement.creatorWith', { creator: name(d.creator), others: lang.and(others) }) : name(d.creator),
        what: titleOf(d, lang),
        length: lengthText(d, lang),
        draftDue: draftDueText(d, zone, lang),
        goLive: goLiveText(d, zone, lang),
        keepLive: lang.t('agreement.keepLive', { days: lang.count(d.min_live_days, 'day'), date: lang.date(liveUntil(d)) }),
      };
    }),
    gantt: ganttLines(spec, lang),
    milestones: (spec.milestones ?? []).map((m) => ({
      when: lang.zoned(m.at, zone),
      name: m.name,
      owner: name(m.owner),
      after: (m.depends_on ?? []).map((id) => milestoneNames.get(id) ?? id).join(', '),
    })),
    reportingDates: [
      ...checkInDates(spec).map((x) => ({ when: lang.date(x.date), what: lang.t('agreement.checkIn', { days: x.days }) })),
      {
        when: lang.date(wrap.due),
        what: wrap.field === 'wrap_report_due' ? lang.t('agreement.wrapReport') : lang.t('agreement.wrapReportAfter', { days: lang.count(wrap.daysAfterEnd, 'day') }),
      },
      ...(spec.communication.formal_review ? [{ when: lang.date(spec.communication.formal_review.date), what: lang.t('agreement.formalReviewDate') }] : []),
    ],
    raci: spec.raci.map((r) => ({
      activity: lang.label('raciActivity', r.activity),
      responsible: names(r.responsible),
      accountable: name(r.accountable),
      consulted: names(r.consulted),
      informed: names(r.informed),
    })),
    approval: {
      ...approvalView(spec, lang),
      approvers: spec.approvals.stages.map((s) => ({ stage: s.name, approver: name(s.approver), backup: parties.get(s.approver)?.backup ? name(parties.get(s.approver)!.backup!) : '' })),
    },
    kpis: spec.kpis.map((k) => kpiView(spec, k, name, lang)),
    compensation: spec.compensation.map((x) => ({ creator: name(x.creator), payment: paymentView(spec, x, lang) })),
    totals: totals(spec, lang),
    rights: rightsLines(spec, 'the', lang),
    rightsEnd: spec.deliverables.map((d) => rightsEndView(spec, d, lang)),
    exclusivity: (spec.exclusivity ?? []).map((e) => exclusivityLine(spec, e, 'names', lang)),
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
      ...(spec.contingency.pause_rights ?? []).map((p) => lang.t('agreement.pauseRight', { holder: name(p.holder), scope: lang.label('pauseScope', p.scope), hours: lang.count(p.within_h, 'hour') })),
      ...(spec.contingency.backups ?? []).map((b) => lang.t('agreement.backupCreator', { creator: name(b.for), replacement: name(b.replacement) })),
    ],
    holdingStatement: spec.contingency.statements.holding_statement ?? '',
    cadence: spec.communication.cadence.map((m) => ({
      name: m.name,
      when: lang.t('meeting.when', { frequency: lang.label('frequency', m.frequency), weekday: lang.label('weekday', m.day), time: m.time, zone: m.timezone }),
      length: m.duration_min ? lang.t('meeting.length', { minutes: String(m.duration_min) }) : '',
      attendees: names(m.attendees),
    })),
    channels: { routine: spec.communication.channels.routine, urgent: spec.communication.channels.urgent },
    responseSla: lang.count(spec.communication.response_sla_h, 'hour'),
    escalation: escalationView(spec, lang),
    formalReview: spec.communication.formal_review ? { date: lang.date(spec.communication.formal_review.date), criteria: renewalCriteria(spec, spec.communication.formal_review, lang) } : null,
    compliance: complianceLines(spec, name, lang),
    conduct: conductLines(spec, lang),
    decisions: (spec.decision_log ?? []).map((d) => ({ date: lang.date(d.date), decision: d.decision, by: name(d.by) })),
    // Assumed terms have a section of their own ("Not yet confirmed"), value by value.
    openQuestions: context.findings.filter((f) => f.severity === 'warning' && f.ruleId !== 'assumptions-confirmed').map(findingView),
    signoff: signoffView(spec, context, lang),
  };
}

export interface SignoffView {
  locked: boolean;
  /** The SHA-256 of the agreement as rendered; empty when the renderer was not given the sign-off status. */
  hash: string;
  signatures: { party: string; role: string; organisation: string; signer: string; signed: string; version: string; status: string }[];
}

function signoffView(spec: CampaignSpec, context: RenderContext, lang: DocumentLanguage): SignoffView {
  const state = (s: 'signed' | 'stale' | 'missing') => lang.t(`agreement.signature.${s}`);
  const status = context.signoff;
  const party = (id: string) => spec.parties.find((p) => p.id === id)!;
  if (!status) {
    return {
      locked: false,
      hash: '',
      signatures: signatories(spec).map((p) => ({ party: p.name, role: lang.label('role', p.role), organisation: p.organisation, signer: '', signed: '', version: '', status: state('missing') })),
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
        role: lang.label('role', p.role),
        organisation: p.organisation,
        signer: s?.signer ?? '',
        signed: s?.at ?? '',
        version: s ? shortHashOf(s.agreement) : '',
        status: state(row.state),
      };
    }),
  };
}

function complianceLines(spec: CampaignSpec, name: (id: string) => string, lang: DocumentLanguage): string[] {
  const lines = [lang.t('agreement.jurisdictions', { jurisdictions: lang.and([...spec.compliance.jurisdictions]) })];
  const r = spec.compliance.regulated;
  if (r) {
    if (r.min_talent_age !== undefined) lines.push(lang.t('agreement.minTalentAge', { age: r.min_talent_age }));
    if (r.max_audience_u18_pct !== undefined) lines.push(lang.t('agreement.maxAudienceU18', { pct: lang.number(r.max_audience_u18_pct) }));
    if (r.min_audience_lpa_pct !== undefined) lines.push(lang.t('agreement.minAudienceLpa', { pct: lang.number(r.min_audience_lpa_pct) }));
    if (r.finprom_approver) lines.push(lang.t('agreement.finpromApprover', { approver: name(r.finprom_approver) }));
    if (r.risk_warning) lines.push(lang.t('agreement.riskWarning', { warning: r.risk_warning }));
    if (r.responsibility_message) lines.push(lang.t('agreement.responsibilityMessage', { message: r.responsibility_message }));
  }
  return lines;
}
