/**
 * The follow-up document: restates decisions, owners and deadlines; compares
 * KPI actuals with target and with where the KPI should be by now; lists the
 * changes asked for in the agreement.
 */
import { changesAgreement, overdueActions } from '../../followup-history.js';
import { kpiWindow } from '../../schedule/dates.js';
import type { AlignkitFollowUp as FollowUp } from '../../../generated/followup.types.js';
import type { CampaignSpec, KPI } from '../../spec/model.js';
import { LOWER_IS_BETTER_METRICS } from '../../spec/vocabulary.js';
import { documentLanguage, type DocumentLanguage } from '../../i18n/language.js';
import { daysBetween } from '../../time/wall.js';
import { UNIT } from '../labels.js';
import { incidentLine } from './incident.js';
import { campaignView, headerOf, namer, type CampaignView, type DocumentHeader, type RenderContext } from './common.js';

export interface KpiPaceView {
  name: string;
  actual: string;
  asOf: string;
  target: string;
  expected: string;
  pace: string;
  status: string;
  source: string;
}

export interface FollowUpView {
  header: DocumentHeader;
  campaign: CampaignView;
  title: string;
  date: string;
  attendees: string;
  summary: string;
  decisions: { decision: string; by: string }[];
  actions: { action: string; owner: string; due: string }[];
  kpis: KpiPaceView[];
  observations: { about: string; situation: string; behaviour: string; impact: string }[];
  needs: { party: string; need: string; request: string }[];
  changes: { area: string; change: string; requestedBy: string; reason: string; resignoff: boolean }[];
  /** Whether any requested change touches the signed agreement. */
  resignoff: boolean;
  overdue: { from: string; action: string; owner: string; due: string }[];
  openQuestions: string[];
  /** Incidents still open, or noticed since the previous follow-up, up to this one's date. */
  incidents: { date: string; what: string; status: string }[];
  nextCheckIn: string;
  formalReview: string;
}

const ENGLISH = documentLanguage('en');

/** Totals that build up over the window and can be paced linearly; rates and ratios cannot. */
const CUMULATIVE_UNITS = new Set(['count', 'currency']);

/**
 * Pace: a total should have reached the share of its target that the share
 * of the window already passed; a rate is compared with its target directly.
 */
export function pace(spec: CampaignSpec, kpi: KPI, actual: number, asOf: string, lang: DocumentLanguage = ENGLISH): Pick<KpiPaceView, 'expected' | 'pace' | 'status'> {
  const unit = UNIT[kpi.unit];
  const lowerIsBetter = LOWER_IS_BETTER_METRICS.has(kpi.metric);
  if (!CUMULATIVE_UNITS.has(kpi.unit) || lowerIsBetter) {
    const good = lowerIsBetter ? actual <= kpi.target : actual >= kpi.target;
    return { expected: `${lang.number(kpi.target)}${unit}`, pace: '', status: lang.label('kpiStatus', good ? 'on_target' : lowerIsBetter ? 'above_target' : 'below_target') };
  }
  const window = kpiWindow(spec, kpi);
  const length = daysBetween(window.start, window.end) + 1;
  const elapsed = Math.min(Math.max(daysBetween(window.start, asOf) + 1, 0), length);
  if (elapsed === 0) return { expected: '0', pace: '', status: lang.label('kpiStatus', 'not_started') };
  const expected = (kpi.target * elapsed) / length;
  const ratio = expected === 0 ? 0 : actual / expected;
  const status = ratio >= 1.1 ? 'ahead' : ratio >= 0.9 ? 'on_track' : 'behind';
  return {
    expected: lang.t('followup.expected', { value: `${lang.number(Math.round(expected))}${unit}`, day: elapsed, days: length }),
    pace: lang.t('followup.pace', { pct: lang.number(Math.round(ratio * 100)) }),
    status: lang.label('kpiStatus', status),
  };
}

/** A sentence fragment: the template adds the full stop. */
function clause(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

function incidentsSince(followup: FollowUp, context: RenderContext) {
  const previous = (context.history ?? [])
    .map((f) => f.date)
    .filter((d) => d < followup.date)
    .sort()
    .at(-1);
  return [...(context.incidents ?? [])]
    .filter((i) => i.detected.slice(0, 10) <= followup.date && (i.status === 'open' || previous === undefined || i.detected.slice(0, 10) > previous))
    .sort((a, b) => (a.detected < b.detected ? -1 : a.detected > b.detected ? 1 : 0));
}

export function followUpView(spec: CampaignSpec, followup: FollowUp, context: RenderContext, lang: DocumentLanguage = ENGLISH): FollowUpView {
  const name = namer(spec);
  const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
  const type = lang.label('followupType', followup.type);
  // A due time on its own clock, with the zone it is in: "Fri 12 Mar 2027, 17:00 Europe/London".
  const due = (zoned: string) => `${lang.zoned(zoned)} ${zoned.split(' ')[1]}`;
  return {
    header: headerOf(context),
    campaign: campaignView(spec, lang),
    title: followup.title ?? lang.t('followup.defaultTitle', { type, date: lang.date(followup.date) }),
    date: lang.date(followup.date),
    attendees: followup.attendees.map(name).join(', '),
    summary: followup.summary ?? '',
    decisions: followup.decisions.map((d) => ({ decision: d.decision, by: name(d.by) })),
    actions: followup.action_items.map((a) => ({ action: a.action, owner: name(a.owner), due: due(a.due) })),
    kpis: (followup.kpi_actuals ?? []).map((a) => {
      const kpi = kpis.get(a.kpi)!;
      const unit = UNIT[kpi.unit];
      return {
        name: kpi.name ?? lang.label('metric', kpi.metric),
        actual: `${lang.number(a.value)}${unit}`,
        asOf: lang.date(a.as_of),
        target: `${lang.number(kpi.target)}${unit}`,
        source: a.source,
        ...pace(spec, kpi, a.value, a.as_of, lang),
      };
    }),
    observations: (followup.observations ?? []).map((o) => ({ about: o.about ? name(o.about) : '', situation: clause(o.situation), behaviour: clause(o.behaviour), impact: clause(o.impact) })),
    needs: (followup.needs ?? []).map((n) => ({ party: name(n.party), need: n.need, request: n.request })),
    changes: (followup.changes_requested ?? []).map((c) => ({
      area: lang.label('changeArea', c.area),
      change: c.change,
      requestedBy: name(c.requested_by),
      reason: c.reason ?? '',
      resignoff: changesAgreement(c.area),
    })),
    resignoff: (followup.changes_requested ?? []).some((c) => changesAgreement(c.area)),
    overdue: overdueActions(followup, context.history ?? []).map((a) => ({ from: lang.date(a.from), action: a.action, owner: name(a.owner), due: due(a.due) })),
    openQuestions: followup.open_questions ?? [],
    incidents: incidentsSince(followup, context).map((i) => incidentLine(i, lang)),
    nextCheckIn: followup.next_check_in ? due(followup.next_check_in) : '',
    formalReview: followup.formal_review ? lang.date(followup.formal_review) : spec.communication.formal_review ? lang.date(spec.communication.formal_review.date) : '',
  };
}
