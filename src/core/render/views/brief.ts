/**
 * The creator brief: what one creator needs to deliver, by when (on their own
 * wall clock), how to disclose it, who approves it, and what they are paid.
 * It is built from data already redacted for that creator (redact.ts), so no
 * other creator's fee and no internal field can reach it.
 */
import { appearsIn } from '../../spec/deliverable-facts.js';
import { occurrenceLabel, occurrencesOf } from '../../schedule/recurrence.js';
import { approvalEnd, stageClosings } from '../../schedule/approval.js';
import { checkInDates } from '../../schedule/dates.js';
import type { CampaignSpec, Party } from '../../spec/model.js';
import { exactClock } from '../../time/exact-clock.js';
import { addDays, parseZoned } from '../../time/wall.js';
import type { DocumentLanguage } from '../../i18n/language.js';
import { instantOf, wallIn } from '../format.js';
import { campaignView, escalationView, headerOf, namer, partyView, type CampaignView, type DocumentHeader, type PartyView, type RenderContext } from './common.js';
import { deliverableView, type DeliverableView } from './deliverables.js';
import { approvalView, conductLines, exclusivityLine, paymentView, rightsEndView, rightsLines, type ApprovalView, type PaymentView } from './terms.js';

export interface KeyDate {
  /** Sort key: YYYY-MM-DD for whole days, YYYY-MM-DDTHH:MM for times, on the reader's wall clock. */
  key: string;
  when: string;
  what: string;
}

export interface BriefView {
  header: DocumentHeader;
  campaign: CampaignView;
  creator: PartyView & { handles: { platform: string; handle: string }[] };
  objective: { type: string; statement: string };
  keyMessages: string[];
  claims: { text: string; markets: string }[];
  dos: string[];
  donts: string[];
  references: string[];
  autonomy: { latitude: string; youDecide: string[]; brandApproves: string[]; together: string[] };
  deliverables: DeliverableView[];
  keyDates: KeyDate[];
  approval: ApprovalView;
  rights: string[];
  rightsEnd: { id: string; keepLive: string; organic: string; paid: string }[];
  exclusivity: string[];
  payment: PaymentView | null;
  contacts: PartyView[];
  meetings: { name: string; when: string; length: string }[];
  channels: { routine: string; urgent: string };
  responseSla: string;
  escalation: ReturnType<typeof escalationView>;
  conduct: string[];
  holdingStatement: string;
}

const DAY_INDEX: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/**
 * A meeting set in another zone, on the creator's clock: " (15:00 your time)", or with the day when it
 * differs (" (Friday 02:00 your time)"). Worked out for the first meeting in the campaign window, so a
 * daylight-saving change later in the campaign can move it by an hour.
 */
function onYourClock(spec: CampaignSpec, m: CampaignSpec['communication']['cadence'][number], zone: string, lang: DocumentLanguage): string {
  if (m.timezone === zone) return '';
  let date = spec.campaign.window.start;
  for (let i = 0; i < 7 && new Date(`${date}T00:00Z`).getUTCDay() !== DAY_INDEX[m.day]; i += 1) date = addDays(date, 1);
  const local = wallIn(instantOf(`${date}T${m.time} ${m.timezone}`), zone);
  const time = lang.time(local);
  return new Date(local).getUTCDay() === DAY_INDEX[m.day] ? lang.t('meeting.yourTime', { time }) : lang.t('meeting.yourDayTime', { day: lang.weekday(local), time });
}

function byKey(a: KeyDate, b: KeyDate): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.what < b.what ? -1 : a.what > b.what ? 1 : 0;
}

function zonedKey(zoned: string, zone: string): string {
  const parsed = parseZoned(zoned);
  const wall = parsed.zone === zone ? parsed.wall : wallIn(exactClock.instant(parsed.wall, parsed.zone).lo, zone);
  return new Date(wall).toISOString().slice(0, 16);
}

function instantKey(instant: number, zone: string, lang: DocumentLanguage): { key: string; when: string } {
  const wall = wallIn(instant, zone);
  return { key: new Date(wall).toISOString().slice(0, 16), when: lang.wall(wall) };
}

function keyDates(spec: CampaignSpec, creator: Party, lang: DocumentLanguage): KeyDate[] {
  const zone = creator.timezone;
  const name = namer(spec);
  const dates: KeyDate[] = [];
  const at = (zoned: string, what: string): KeyDate => ({ key: zonedKey(zoned, zone), when: lang.zoned(zoned, zone), what });
  // A recurring deliverable's dates come once per occurrence, each named "ella-reels (2/6)".
  for (const o of spec.deliverables.filter((x) => appearsIn(x, creator.id)).flatMap(occurrencesOf)) {
    const d = o.deliverable;
    const id = occurrenceLabel(o);
    dates.push(at(d.draft_due, lang.t('date.draftDue', { id })));
    for (const { stage, closes } of stageClosings(exactClock, spec, d)) {
      dates.push({ ...instantKey(closes.lo, zone, lang), what: lang.t('date.stageCloses', { stage: stage.name, id, approver: name(stage.approver) }) });
    }
    if (spec.approvals.revision_rounds > 0) {
      dates.push({ ...instantKey(approvalEnd(exactClock, spec, d).lo, zone, lang), what: lang.t('date.finalApproval', { id }) });
    }
    if (d.go_live.at) dates.push(at(d.go_live.at, lang.t('date.goesLive', { id })));
    else {
      dates.push(at(d.go_live.window_start!, lang.t('date.windowOpens', { id })));
      dates.push(at(d.go_live.window_end!, lang.t('date.windowCloses', { id })));
    }
  }
  for (const m of spec.milestones ?? []) dates.push(at(m.at, lang.t('date.milestone', { name: m.name, owner: name(m.owner) })));
  for (const c of checkInDates(spec)) dates.push({ key: c.date, when: lang.date(c.date), what: lang.t('date.checkIn', { days: String(c.days) }) });
  return dates.sort(byKey);
}

export function briefView(spec: CampaignSpec, creatorId: string, context: RenderContext, lang: DocumentLanguage): BriefView {
  const creator = spec.parties.find((p) => p.id === creatorId)!;
  const zone = creator.timezone;
  const primary = spec.objectives.find((o) => o.primary) ?? spec.objectives[0]!;
  const mine = spec.deliverables.filter((d) => appearsIn(d, creatorId));
  const myMarkets = new Set(mine.flatMap((d) => d.markets ?? spec.campaign.markets));
  const compensation = spec.compensation.find((c) => c.creator === creatorId);
  return {
    header: headerOf(context),
    campaign: campaignView(spec, lang),
    creator: {
      ...partyView(creator, lang),
      handles: Object.entries(creator.handles ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([platform, handle]) => ({ platform: lang.label('platform', platform), handle })),
    },
    objective: { type: lang.label('objectiveType', primary.type), statement: primary.statement },
    keyMessages: spec.messaging.key_messages,
    claims: (spec.messaging.claims ?? []).filter((c) => !c.markets || c.markets.some((m) => myMarkets.has(m))).map((c) => ({ text: c.text, markets: (c.markets ?? []).join(', ') })),
    dos: spec.messaging.dos,
    donts: spec.messaging.donts,
    references: spec.messaging.references ?? [],
    autonomy: {
      latitude: lang.label('latitude', spec.creative_autonomy.latitude),
      youDecide: spec.creative_autonomy.creator_decides,
      brandApproves: spec.creative_autonomy.brand_approves,
      together: spec.creative_autonomy.decided_together,
    },
    deliverables: mine.map((d) => deliverableView(spec, d, zone, lang)),
    keyDates: keyDates(spec, creator, lang),
    approval: approvalView(spec, lang),
    rights: rightsLines(spec, 'your', lang),
    rightsEnd: mine.map((d) => rightsEndView(spec, d, lang)),
    exclusivity: (spec.exclusivity ?? []).filter((e) => e.creators.includes(creatorId)).map((e) => exclusivityLine(spec, e, 'you', lang)),
    payment: compensation ? paymentView(spec, compensation, lang) : null,
    contacts: spec.parties.filter((p) => p.role !== 'creator').map((p) => partyView(p, lang)),
    meetings: spec.communication.cadence
      .filter((m) => m.attendees.includes(creatorId))
      .map((m) => ({
        name: m.name,
        when: `${lang.t('meeting.when', { frequency: lang.label('frequency', m.frequency), weekday: lang.label('weekday', m.day), time: m.time, zone: m.timezone })}${onYourClock(spec, m, zone, lang)}`,
        length: m.duration_min ? lang.t('meeting.length', { minutes: String(m.duration_min) }) : '',
      })),
    channels: { routine: spec.communication.channels.routine, urgent: spec.communication.channels.urgent },
    responseSla: lang.count(spec.communication.response_sla_h, 'hour'),
    escalation: escalationView(spec, lang),
    conduct: conductLines(spec, lang),
    holdingStatement: spec.contingency.statements.holding_statement ?? '',
  };
}
