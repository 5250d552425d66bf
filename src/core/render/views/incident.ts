/**
 * The incident response plan: severity and why, who to call in order with
 * their local time now, the deadlines, pause steps, the agreed holding
 * statement and the joint-response checklist. Also the one-line form the
 * follow-up and wrap documents list incidents in.
 */
import type { DocumentLanguage } from '../../i18n/language.js';
import { planIncident, readSeverity, type Incident, type IncidentPlan } from '../../incident-plan.js';
import type { CampaignSpec, Party } from '../../spec/model.js';
import { andList, minutesText, wallText, zonedText } from '../format.js';
import { exactClock } from '../../time/exact-clock.js';
import { PAUSE_SCOPE, REACH, RELATIONSHIP, REPUTATION, ROLE } from '../labels.js';
import { campaignView, headerOf, namer, type CampaignView, type DocumentHeader, type RenderContext } from './common.js';

export interface IncidentView {
  header: DocumentHeader;
  campaign: CampaignView;
  title: string;
  id: string;
  status: string;
  detected: string;
  now: string;
  reportedBy: string;
  description: string;
  severity: string;
  severityWhy: string[];
  definition: string;
  deadlines: { what: string; by: string; owner: string }[];
  calls: { step: number; name: string; role: string; why: string; phone: string; email: string; localTime: string }[];
  creators: { name: string; phone: string; localTime: string }[];
  pauses: { holder: string; scope: string; effective: string; flights: string }[];
  pauseWarnings: string[];
  holdingStatement: string;
  checklist: string[];
  mitigations: { id: string; mitigation: string }[];
  affected: string;
  resolution: string;
}

/** "Tue 16 Mar 2027, 02:40 (night)" on a party's clock. */
function localText(wall: number, night: boolean, zone: string): string {
  return `${wallText(wall)} ${zone}${night ? ' (night)' : ''}`;
}

function atText(instant: number, zone: string): string {
  return `${wallText(exactClock.wallAt(instant, zone).lo)} ${zone}`;
}

function who(p: Party): string {
  return `${p.title ?? ROLE[p.role]}, ${p.organisation}`;
}

/** An incident on one line, as the follow-up and wrap documents list it (in the document's language). */
export function incidentLine(incident: Incident, lang: DocumentLanguage): { date: string; what: string; status: string } {
  const severity = incident.severity ?? readSeverity(incident);
  return {
    date: lang.date(incident.detected.slice(0, 10)),
    what: `${severity}: ${incident.title}`,
    status: incident.status === 'resolved' ? lang.t('followup.incidentResolved', { resolution: incident.resolution ?? '' }) : lang.t('followup.incidentOpen'),
  };
}

export function incidentView(spec: CampaignSpec, incident: Incident, now: number, context: RenderContext): IncidentView {
  const plan: IncidentPlan = planIncident(spec, incident, now);
  const name = namer(spec);
  const zone = incident.detected.split(' ')[1]!;
  const ownerZone = spec.parties.find((p) => p.id === spec.campaign.owner)?.timezone ?? spec.campaign.timezone;
  const both = (instant: number) => (ownerZone === zone ? atText(instant, zone) : `${atText(instant, zone)} (${atText(instant, ownerZone)})`);
  const severityWhy = [
    `Reach: ${REACH[incident.reach]}. Reputation: ${REPUTATION[incident.reputation]}. Relationship: ${RELATIONSHIP[incident.relationship]}. The worst of the three gives ${plan.reading}.`,
    ...(incident.severity !== undefined && incident.severity !== plan.reading ? [`Set to ${incident.severity} by hand: ${incident.severity_reason ?? ''}`] : []),
    ...(plan.substituted
      ? [
          `The spec's severity matrix has no ${plan.severity} row; this plan follows its ${plan.row.level} row, the nearest ${Number(plan.row.level.slice(3)) < Number(plan.severity.slice(3)) ? 'more' : 'less'} severe one.`,
        ]
      : []),
  ];
  const first = plan.calls[0];
  const creatorNames = plan.creators.map((c) => c.party.name);
  const speakers = plan.speakers.accountable ? [plan.speakers.accountable, ...plan.speakers.responsible.filter((p) => p.id !== plan.speakers.accountable!.id)] : plan.speakers.responsible;
  const consult = plan.consultation.mutual
    ? `No public statement, reply or post about the incident goes out before the other side has been consulted: ${creatorNames.length > 0 ? andList(creatorNames) : 'the creator'} and the brand each have ${plan.consultation.windowH !== undefined ? `${plan.consultation.windowH} h` : 'the agreed time'} to respond.`
    : `The spec does not require mutual consultation; still tell ${creatorNames.length > 0 ? andList(creatorNames) : 'the creators involved'} before any statement goes out, so nobody learns it from the press.`;
  const checklist = [
    `Acknowledge within ${minutesText(plan.row.acknowledge_within_min)} (by ${both(plan.acknowledgeBy)}): ${first ? `call ${first.party.name} first, then down the list below until someone answers.` : 'the spec names nobody to escalate to.'}`,
    consult,
    speakers.length > 0
      ? `Who speaks: ${andList(speakers.map((p) => p.name))}${plan.speakers.accountable ? ` (${plan.speakers.accountable.name} is accountable for crisis statements)` : ' (they hold the authority to issue statements)'}. Nobody else comments in public.`
      : 'Nobody is named to issue statements: decide who speaks before anyone does.',
    plan.holdingStatement
      ? 'Use the holding statement above as the first public response, word for word, once consultation allows.'
      : 'No holding statement was agreed: write one together with the creator before anything is posted.',
    ...(creatorNames.length > 0
      ? [
          `Support ${andList(creatorNames)}: call ${creatorNames.length === 1 ? 'them' : 'each of them'} personally before anything public, agree who moderates comments, delete no comment or post without them knowing, and check in again within 24 h. Nobody is left to face it alone.`,
        ]
      : []),
    `Act within ${plan.row.action_within_h} h (by ${both(plan.actBy)}): pause, correct or take down as agreed below.`,
    'Keep this record up to date: once it is over, set its status to resolved and write the resolution in the incident file; the next follow-up and the wrap report list it.',
  ];
  const pauseWarnings = [
    ...(plan.unpausable.length > 0
      ? [
          `No pause right covers paid ads, yet ${andList(plan.unpausable)} ${plan.unpausable.length === 1 ? 'promotes' : 'promote'} the content concerned: agree a pause with the creator before acting.`,
        ]
      : []),
    ...(!plan.organicPausable && (incident.deliverables ?? []).length > 0 ? ['No pause right covers organic posts: only the creator can take their post down; ask, do not order.'] : []),
    ...(plan.takedownH !== undefined && (incident.deliverables ?? []).length > 0
      ? [`If a post must come down, the creator removes it within ${plan.takedownH} h of the request (conduct clause).`]
      : []),
  ];
  return {
    header: headerOf(context),
    campaign: campaignView(spec),
    title: incident.title,
    id: incident.id,
    status: incident.status,
    detected: `${zonedText(incident.detected)} ${zone}`,
    now: atText(now, zone),
    reportedBy: name(incident.reported_by),
    description: incident.description,
    severity: plan.severity,
    severityWhy,
    definition: plan.row.definition,
    deadlines: [
      { what: 'Acknowledge', by: both(plan.acknowledgeBy), owner: first?.party.name ?? '' },
      { what: 'Act', by: both(plan.actBy), owner: plan.speakers.accountable?.name ?? first?.party.name ?? '' },
    ],
    calls: plan.calls.map((c, i) => ({
      step: i + 1,
      name: c.party.name,
      role: who(c.party),
      why: c.why,
      phone: c.party.contact.phone ?? '',
      email: c.party.contact.email,
      localTime: localText(c.localNow, c.night, c.party.timezone),
    })),
    creators: plan.creators.map((c) => ({ name: c.party.name, phone: c.party.contact.phone ?? '', localTime: localText(c.localNow, c.night, c.party.timezone) })),
    pauses: plan.pauses.map((p) => ({
      holder: p.holder.name,
      scope: PAUSE_SCOPE[p.scope],
      effective: `within ${p.within_h} h of the order (by ${both(p.effectiveBy)} if ordered now)`,
      flights: p.flights.join(', '),
    })),
    pauseWarnings,
    holdingStatement: plan.holdingStatement ?? '',
    checklist,
    mitigations: plan.mitigations,
    affected: andList([...(incident.deliverables ?? [])]),
    resolution: incident.resolution ?? '',
  };
}
