/** Approvals, rights, exclusivity, payment and conduct in plain sentences; shared by the brief and the agreement. */
import { documentLanguage, type DocumentLanguage } from '../../i18n/language.js';
import { liveUntil, organicRightsEnd, paidRightsEnd } from '../../schedule/dates.js';
import { dayRanges, reReviewStage } from '../../schedule/approval.js';
import type { CampaignSpec, Compensation1, Deliverable, Exclusivity1, Party } from '../../spec/model.js';
import { defaultWorkingHoursStated, isV1 } from '../../spec/version.js';
import { WHOLE_WEEKDAYS, workingWeek } from '../../time/working-time.js';
import { moneyShare } from '../format.js';
import { namer } from './common.js';

const ENGLISH = documentLanguage('en');

export interface ApprovalView {
  stages: { step: number; name: string; approver: string; window: string }[];
  rounds: string;
  /** How long a revised draft takes to check, when the spec gives a re-review window; '' otherwise. */
  reReview: string;
  turnaround: string;
  extraRoundFee: string;
  onMissed: string;
}

/**
 * A review window in words; a business window names the approver's working week (stated, or the v2 default
 * working day) and holidays. Only a v1 spec's approver who states neither gets "(Mon-Fri, zone)": every hour.
 */
export function reviewWindowText(hours: number, basis: 'calendar' | 'business', zone: string, lang: DocumentLanguage = ENGLISH, approver?: Party, spec?: unknown): string {
  if (basis === 'calendar') return lang.count(hours, 'hour');
  const legacy = spec === undefined || isV1(spec);
  if (legacy && !approver?.working_hours && !approver?.holidays) return lang.t('approval.businessWindow', { hours, zone });
  const stated = approver?.working_hours ?? (legacy ? undefined : defaultWorkingHoursStated(spec));
  const days = dayRanges(stated ? workingWeek(stated).days : WHOLE_WEEKDAYS.days, lang.weekdayShort);
  const weekHours = stated ? `${days} ${stated.start}-${stated.end}` : days;
  // The v2 working day applies because nobody stated one: the document says so rather than present it as agreed.
  const week = !approver?.working_hours && stated ? lang.t('approval.defaultWeek', { week: weekHours }) : weekHours;
  const holidays = approver?.holidays ? lang.t('approval.holidaysOff', { region: approver.holidays }) : '';
  return lang.t('approval.workingWindow', { hours, week, zone, holidays });
}

function reReviewText(spec: CampaignSpec, window: { hours: number; basis: 'calendar' | 'business' }, lang: DocumentLanguage): string {
  const stage = reReviewStage(spec.approvals.stages, spec);
  return reviewWindowText(
    window.hours,
    window.basis,
    stage.timezone,
    lang,
    spec.parties.find((p) => p.id === stage.approver),
    spec,
  );
}

export function approvalView(spec: CampaignSpec, lang: DocumentLanguage = ENGLISH): ApprovalView {
  const name = namer(spec);
  const a = spec.approvals;
  return {
    stages: a.stages.map((s, i) => ({
      // Stages that review at the same time share a step.
      step: a.stages.slice(1, i + 1).filter((x) => !x.parallel_with_previous).length + 1,
      name: s.name,
      approver: name(s.approver),
      window: reviewWindowText(
        s.review_window.hours,
        s.review_window.basis,
        s.timezone,
        lang,
        spec.parties.find((p) => p.id === s.approver),
        spec,
      ),
    })),
    rounds: a.revision_rounds === 0 ? lang.t('approval.noRounds') : lang.t('approval.rounds', { rounds: a.revision_rounds }),
    reReview: a.re_review_window && a.revision_rounds > 0 ? lang.t('approval.reReview', { window: reReviewText(spec, a.re_review_window, lang) }) : '',
    turnaround: lang.t('approval.turnaround', { hours: a.creator_turnaround_h }),
    extraRoundFee: a.extra_round_fee ? lang.t('approval.extraRoundFee', { fee: lang.money(a.extra_round_fee) }) : '',
    onMissed: lang.t('approval.onMissed', { outcome: lang.label('reviewMissed', a.on_missed_review) }),
  };
}

/** Usage rights as sentences addressed to the creator ("your content") or to all parties ("the content"). */
export function rightsLines(spec: CampaignSpec, whose: 'your' | 'the', lang: DocumentLanguage = ENGLISH): string[] {
  const r = spec.usage_rights;
  const lines: string[] = [];
  if (r.organic) {
    lines.push(
      lang.t('rights.organic', {
        whose,
        channels: lang.and(r.organic.channels.map((c) => lang.label('platform', c))),
        days: r.organic.months !== undefined ? lang.count(r.organic.months, 'month') : lang.count(r.organic.days!, 'day'),
      }),
    );
  } else {
    lines.push(lang.t('rights.noOrganic', { whose }));
  }
  if (r.paid) {
    const from = lang.t(r.paid.start === 'go_live' ? 'rights.paidFromGoLive' : 'rights.paidFromFirstSpend');
    const cap = r.paid.spend_cap ? lang.t('rights.spendCap', { cap: lang.money(r.paid.spend_cap) }) : '';
    const mechanisms = lang.and(r.paid.mechanisms.map((m) => lang.label('paidMechanism', m)));
    lines.push(lang.t('rights.paid', { whose, mechanisms, territories: lang.and([...r.paid.territories]), days: lang.count(r.paid.days, 'day'), from, cap }));
    if (r.paid.fee) lines.push(lang.t('rights.paidFee', { fee: lang.money(r.paid.fee) }));
  } else {
    lines.push(lang.t('rights.noPaid', { whose }));
  }
  lines.push(lang.label('edits', r.edits));
  lines.push(lang.t(r.ai_alteration ? 'rights.ai' : 'rights.noAi', { whose }));
  lines.push(lang.t(r.perpetual ? 'rights.perpetual' : 'rights.notPerpetual'));
  if (r.renewal_fee) lines.push(lang.t('rights.renewalFee', { fee: lang.money(r.renewal_fee) }));
  return lines;
}

export function exclusivityLine(spec: CampaignSpec, e: Exclusivity1, whose: 'you' | 'names', lang: DocumentLanguage = ENGLISH): string {
  const name = namer(spec);
  const who = whose === 'you' ? lang.t('exclusivity.you') : lang.t('exclusivity.names', { names: lang.and(e.creators.map(name)) });
  const what: string[] = [];
  if (e.categories?.length) what.push(lang.t('exclusivity.promote', { categories: lang.or(e.categories) }));
  if (e.competitors?.length) what.push(lang.t('exclusivity.workWith', { competitors: lang.or(e.competitors) }));
  const where = e.platforms?.length ? lang.t('exclusivity.where', { platforms: lang.and(e.platforms.map((p) => lang.label('platform', p))) }) : '';
  const fee = e.fee ? lang.t('exclusivity.fee', { fee: lang.money(e.fee) }) : '';
  return lang.t('exclusivity.line', {
    from: lang.date(e.from),
    to: lang.date(e.to),
    who,
    what: what.length ? what.join(lang.t('exclusivity.joiner')) : lang.t('exclusivity.anyCompetitor'),
    where,
    fee,
  });
}

export interface PaymentView {
  model: string;
  fee: string;
  schedule: { share: string; amount: string; when: string }[];
  bonuses: string[];
  affiliate: string;
  killFee: string;
}

export function paymentView(spec: CampaignSpec, c: Compensation1, lang: DocumentLanguage = ENGLISH): PaymentView {
  const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
  return {
    model: lang.label('compensationModel', c.model),
    fee: lang.money(c.amount),
    schedule: c.schedule.map((step) => ({
      share: lang.t('payment.percent', { pct: lang.number(step.pct) }),
      amount: lang.money(moneyShare(c.amount, step.pct)),
      when: lang.t('payment.when', { days: step.net_days, trigger: lang.label('paymentTrigger', step.trigger) }),
    })),
    bonuses: (c.bonuses ?? []).map((b) => {
      const kpi = kpis.get(b.kpi);
      const what = kpi ? (kpi.name ?? lang.label('metric', kpi.metric)) : b.kpi;
      const unit = kpi ? lang.label('unit', kpi.unit) : '';
      const scope = b.scope ? ` ${lang.label('bonusScope', b.scope)}` : '';
      return lang.t('payment.bonus', { amount: lang.money(b.amount), what, threshold: lang.number(b.threshold), unit, scope, cap: lang.money(b.cap) });
    }),
    affiliate: c.affiliate ? lang.t('payment.affiliate', { rate: lang.number(c.affiliate.rate_pct), days: c.affiliate.cookie_days }) : '',
    killFee: `${lang.t('payment.killFee', { before: lang.number(c.kill_fee.before_production_pct), after: lang.number(c.kill_fee.after_production_pct) })}${
      c.kill_fee.production_starts ? ` ${lang.t('payment.productionStarts', { when: lang.label('productionStart', c.kill_fee.production_starts) })}` : ''
    }${c.kill_fee.paid_counts === undefined ? '' : ` ${lang.t(c.kill_fee.paid_counts ? 'payment.paidCounts' : 'payment.paidOnTop')}`}`,
  };
}

/** Conduct, statements and termination as sentences. */
export function conductLines(spec: CampaignSpec, lang: DocumentLanguage = ENGLISH): string[] {
  const lines: string[] = [];
  const c = spec.conduct;
  if (c) {
    lines.push(lang.label('morality', c.morality));
    if (c.brand_safety_exclusions?.length) lines.push(lang.t('conduct.exclusions', { topics: lang.and(c.brand_safety_exclusions) }));
    lines.push(lang.t('conduct.takedown', { hours: c.takedown_sla_h }));
  }
  const s = spec.contingency.statements;
  lines.push(
    s.mutual_consultation
      ? lang.t('conduct.consultation', { window: s.consult_window_h ? lang.t('conduct.consultationWindow', { hours: s.consult_window_h }) : '' })
      : lang.t('conduct.noConsultation'),
  );
  const t = spec.termination;
  if (t) {
    if (t.for_cause.length) lines.push(lang.t('conduct.forCause', { causes: t.for_cause.map((x) => x.replace(/\.$/, '')).join('; ') }));
    if (t.for_convenience) lines.push(lang.t('conduct.forConvenience', { days: t.for_convenience.notice_days, pct: lang.number(t.for_convenience.fee_pct) }));
    lines.push(
      t.content_on_termination === 'remains'
        ? lang.t('conduct.contentRemains')
        : lang.t('conduct.contentRemoved', { within: t.remove_within_days ? lang.t('conduct.removedWithin', { days: t.remove_within_days }) : '' }),
    );
  }
  return lines;
}

/** The last day a deliverable must stay live and the last day of each usage right. */
export function rightsEndView(spec: CampaignSpec, d: Deliverable, lang: DocumentLanguage = ENGLISH): { id: string; keepLive: string; organic: string; paid: string } {
  const organic = organicRightsEnd(spec, d);
  const paid = paidRightsEnd(spec, d);
  const notGranted = lang.t('rightsEnd.notGranted');
  return { id: d.id, keepLive: lang.date(liveUntil(d)), organic: organic ? lang.date(organic) : notGranted, paid: paid ? lang.date(paid) : notGranted };
}
