/** Approvals, rights, exclusivity, payment and conduct in plain sentences; shared by the brief and the agreement. */
import { METRIC_GLOSSARY } from '../../spec/vocabulary.js';
import { liveUntil, organicRightsEnd, paidRightsEnd } from '../../schedule/dates.js';
import type { CampaignSpec, Compensation1, Deliverable, Exclusivity1 } from '../../spec/model.js';
import { andList, dateText, orList, moneyShare, moneyText, numberText, pluralText } from '../format.js';
import { COMPENSATION_MODEL, EDITS, MORALITY, PAID_MECHANISM, PAYMENT_TRIGGER, PLATFORM, REVIEW_MISSED, UNIT } from '../labels.js';
import { namer } from './common.js';

export interface ApprovalView {
  stages: { step: number; name: string; approver: string; window: string }[];
  rounds: string;
  turnaround: string;
  extraRoundFee: string;
  onMissed: string;
}

export function reviewWindowText(hours: number, basis: 'calendar' | 'business', zone: string): string {
  return basis === 'business' ? `${pluralText(hours, 'business hour')} (Mon-Fri, ${zone})` : pluralText(hours, 'hour');
}

export function approvalView(spec: CampaignSpec): ApprovalView {
  const name = namer(spec);
  const a = spec.approvals;
  return {
    stages: a.stages.map((s, i) => ({ step: i + 1, name: s.name, approver: name(s.approver), window: reviewWindowText(s.review_window.hours, s.review_window.basis, s.timezone) })),
    rounds: a.revision_rounds === 0 ? 'No revision rounds are included.' : `${pluralText(a.revision_rounds, 'revision round')} included.`,
    turnaround: `${pluralText(a.creator_turnaround_h, 'hour')} for the creator to deliver each revision.`,
    extraRoundFee: a.extra_round_fee ? `Each further round costs ${moneyText(a.extra_round_fee)}.` : '',
    onMissed: `If a review is late, ${REVIEW_MISSED[a.on_missed_review]}.`,
  };
}

/** Usage rights as sentences addressed to the creator ("your content") or to all parties ("the content"). */
export function rightsLines(spec: CampaignSpec, whose: 'your' | 'the'): string[] {
  const r = spec.usage_rights;
  const lines: string[] = [];
  if (r.organic) {
    lines.push(`The brand may repost ${whose} content on its ${andList(r.organic.channels.map((c) => PLATFORM[c]))} channels for ${pluralText(r.organic.days, 'day')} from go-live.`);
  } else {
    lines.push(`The brand may not repost ${whose} content on its own channels.`);
  }
  if (r.paid) {
    const from = r.paid.start === 'go_live' ? 'go-live' : 'the first day of ad spend';
    const cap = r.paid.spend_cap ? `, with at most ${moneyText(r.paid.spend_cap)} of ad spend` : '';
    lines.push(
      `The brand may run ${whose} content as paid ads (${andList(r.paid.mechanisms.map((m) => PAID_MECHANISM[m]))}) in ${andList([...r.paid.territories])} for ${pluralText(r.paid.days, 'day')} from ${from}${cap}.`,
    );
    if (r.paid.fee) lines.push(`Paid usage fee: ${moneyText(r.paid.fee)}.`);
  } else {
    lines.push(`The brand may not use ${whose} content in paid ads.`);
  }
  lines.push(EDITS[r.edits]);
  lines.push(r.ai_alteration ? `The brand may alter ${whose} content or likeness with AI.` : `The brand may not alter ${whose} content or likeness with AI.`);
  lines.push(r.perpetual ? 'Some rights are granted forever (perpetual).' : 'No right is granted forever: every right above ends on its date.');
  if (r.renewal_fee) lines.push(`Extending the rights costs ${moneyText(r.renewal_fee)}.`);
  return lines;
}

export function exclusivityLine(spec: CampaignSpec, e: Exclusivity1, whose: 'you' | 'names'): string {
  const name = namer(spec);
  const who = whose === 'you' ? 'you do not' : `${andList(e.creators.map(name))} do not`;
  const what: string[] = [];
  if (e.categories?.length) what.push(`promote ${orList(e.categories)}`);
  if (e.competitors?.length) what.push(`work with ${orList(e.competitors)}`);
  const where = e.platforms?.length ? `, on ${andList(e.platforms.map((p) => PLATFORM[p]))}` : '';
  const fee = e.fee ? ` Exclusivity fee: ${moneyText(e.fee)}.` : '';
  return `From ${dateText(e.from)} to ${dateText(e.to)} ${who} ${what.length ? what.join(', or ') : 'work with competing brands'}${where}.${fee}`;
}

export interface PaymentView {
  model: string;
  fee: string;
  schedule: { share: string; amount: string; when: string }[];
  bonuses: string[];
  affiliate: string;
  killFee: string;
}

export function paymentView(spec: CampaignSpec, c: Compensation1): PaymentView {
  const kpis = new Map(spec.kpis.map((k) => [k.id, k]));
  return {
    model: COMPENSATION_MODEL[c.model],
    fee: moneyText(c.amount),
    schedule: c.schedule.map((step) => ({
      share: `${numberText(step.pct)} %`,
      amount: moneyText(moneyShare(c.amount, step.pct)),
      when: `${pluralText(step.net_days, 'day')} after ${PAYMENT_TRIGGER[step.trigger]}`,
    })),
    bonuses: (c.bonuses ?? []).map((b) => {
      const kpi = kpis.get(b.kpi);
      const what = kpi ? (kpi.name ?? METRIC_GLOSSARY[kpi.metric].name) : b.kpi;
      const unit = kpi ? UNIT[kpi.unit] : '';
      return `${moneyText(b.amount)} when ${what} reaches ${numberText(b.threshold)}${unit} (at most ${moneyText(b.cap)} in total)`;
    }),
    affiliate: c.affiliate ? `${numberText(c.affiliate.rate_pct)} % commission on attributed sales; a sale counts up to ${pluralText(c.affiliate.cookie_days, 'day')} after a click.` : '',
    killFee: `If the brand cancels: ${numberText(c.kill_fee.before_production_pct)} % of the fee before production starts, ${numberText(c.kill_fee.after_production_pct)} % after.`,
  };
}

/** Conduct, statements and termination as sentences. */
export function conductLines(spec: CampaignSpec): string[] {
  const lines: string[] = [];
  const c = spec.conduct;
  if (c) {
    lines.push(MORALITY[c.morality]);
    if (c.brand_safety_exclusions?.length) lines.push(`Campaign content stays away from ${andList(c.brand_safety_exclusions)}.`);
    lines.push(`Content is taken down within ${pluralText(c.takedown_sla_h, 'hour')} of a request.`);
  }
  const s = spec.contingency.statements;
  lines.push(
    s.mutual_consultation
      ? `No public statement about an incident is made before the brand and the creator have consulted each other${s.consult_window_h ? ` (within ${pluralText(s.consult_window_h, 'hour')})` : ''}.`
      : 'Public statements about incidents are not subject to mutual consultation.',
  );
  const t = spec.termination;
  if (t) {
    if (t.for_cause.length) lines.push(`Either side may end the agreement for cause: ${t.for_cause.map((x) => x.replace(/\.$/, '')).join('; ')}.`);
    if (t.for_convenience)
      lines.push(`The brand may end the agreement without cause with ${pluralText(t.for_convenience.notice_days, 'day')}' notice, paying ${numberText(t.for_convenience.fee_pct)} % of the fee.`);
    lines.push(
      t.content_on_termination === 'remains'
        ? 'Content already live stays up after termination.'
        : `Content is removed after termination${t.remove_within_days ? `, within ${pluralText(t.remove_within_days, 'day')}` : ''}.`,
    );
  }
  return lines;
}

/** The last day a deliverable must stay live and the last day of each usage right. */
export function rightsEndView(spec: CampaignSpec, d: Deliverable): { id: string; keepLive: string; organic: string; paid: string } {
  const organic = organicRightsEnd(spec, d);
  const paid = paidRightsEnd(spec, d);
  return { id: d.id, keepLive: dateText(liveUntil(d)), organic: organic ? dateText(organic) : 'not granted', paid: paid ? dateText(paid) : 'not granted' };
}
