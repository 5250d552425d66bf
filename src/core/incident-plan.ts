/**
 * An incident against the spec's contingency plan: the severity its reach,
 * reputation and relationship readings give in the spec's matrix, who to
 * call in order, the acknowledge and action deadlines, which content can be
 * paused by whom, the agreed holding statement, and who speaks. Pure: the
 * spec, the incident and "now" in, the response plan out.
 */
import type { AlignkitIncident as Incident } from '../generated/incident.types.js';
import type { CampaignSpec, Party } from './spec/model.js';
import type { SEVERITY_LEVELS } from './spec/vocabulary.js';
import { exactClock } from './time/exact-clock.js';
import { parseZoned } from './time/wall.js';

export type { Incident };
type Level = (typeof SEVERITY_LEVELS)[number];

const REACH_LEVEL = { viral: 1, spreading: 2, contained: 3 } as const;
const REPUTATION_LEVEL = { severe: 1, damaging: 2, minor: 3 } as const;
const RELATIONSHIP_LEVEL = { broken: 1, strained: 2, intact: 3 } as const;

/** The worst of the three readings decides: any one at its worst makes it sev1. */
export function readSeverity(r: Pick<Incident, 'reach' | 'reputation' | 'relationship'>): Level {
  return `sev${Math.min(REACH_LEVEL[r.reach], REPUTATION_LEVEL[r.reputation], RELATIONSHIP_LEVEL[r.relationship])}` as Level;
}

export function instantOf(zoned: string): number {
  const { wall, zone } = parseZoned(zoned);
  return exactClock.instant(wall, zone).lo;
}

export interface Contact {
  party: Party;
  /** Why they are on the list. */
  why: string;
  /** Their wall clock (epoch ms as wall time) at "now". */
  localNow: number;
  /** Night-time for them (21:00 to 08:00). */
  night: boolean;
}

export interface PauseStep {
  holder: Party;
  scope: 'organic' | 'paid' | 'all';
  within_h: number;
  /** The instant by which the pause takes effect once ordered now. */
  effectiveBy: number;
  /** Paid flights promoting the affected content that this pause covers. */
  flights: string[];
}

export interface IncidentPlan {
  incident: Incident;
  /** The severity the matrix reading gives. */
  reading: Level;
  /** The severity used: the reading, or the one set by hand. */
  severity: Level;
  /** The matrix row used; `substituted` when the matrix has no row for the severity. */
  row: { level: Level; definition: string; acknowledge_within_min: number; action_within_h: number; escalate_to: string[] };
  substituted: boolean;
  detected: number;
  now: number;
  acknowledgeBy: number;
  actBy: number;
  calls: Contact[];
  creators: Contact[];
  pauses: PauseStep[];
  /** Paid flights promoting the affected content that no pause right covers. */
  unpausable: string[];
  /** Whether organic posts of the affected content can be paused by anyone. */
  organicPausable: boolean;
  takedownH?: number;
  holdingStatement?: string;
  consultation: { mutual: boolean; windowH?: number };
  /** Who issues statements: the RACI crisis_statement entry, else those with the authority. */
  speakers: { accountable?: Party; responsible: Party[] };
  /** Pre-mortem risks whose mitigation names this severity's process. */
  mitigations: { id: string; mitigation: string }[];
}

function contactOf(party: Party, why: string, now: number): Contact {
  const wall = exactClock.wallAt(now, party.timezone).lo;
  const hour = new Date(wall).getUTCHours();
  return { party, why, localNow: wall, night: hour >= 21 || hour < 8 };
}

export function planIncident(spec: CampaignSpec, incident: Incident, now: number): IncidentPlan {
  const parties = new Map(spec.parties.map((p) => [p.id, p]));
  const reading = readSeverity(incident);
  const severity = incident.severity ?? reading;
  const matrix = spec.contingency.severity_matrix;
  const wanted = Number(severity.slice(3));
  // No row for the level: the nearest more severe row answers faster, so it is the safe stand-in; else the nearest less severe.
  const ordered = [...matrix].sort((a, b) => Number(b.level.slice(3)) - Number(a.level.slice(3)));
  const row = matrix.find((r) => r.level === severity) ?? ordered.find((r) => Number(r.level.slice(3)) < wanted) ?? [...ordered].reverse().find((r) => Number(r.level.slice(3)) > wanted)!;
  const detected = instantOf(incident.detected);

  const listed = new Set<string>();
  const calls: Contact[] = [];
  const call = (id: string, why: string) => {
    const p = parties.get(id);
    if (!p || listed.has(id)) return;
    calls.push(contactOf(p, why, now));
    listed.add(id);
  };
  for (const id of row.escalate_to) call(id, `${row.level} escalation`);
  for (const id of spec.communication.escalation_path) call(id, 'escalation path');
  const creators = (incident.creators ?? [])
    .map((id) => parties.get(id))
    .filter((p): p is Party => p !== undefined)
    .map((p) => contactOf(p, 'creator involved', now));

  const affected = new Set(incident.deliverables ?? []);
  const flights = (spec.paid_media_plan ?? []).filter((f) => f.deliverables.some((d) => affected.has(d))).map((f) => f.id);
  const pauses: PauseStep[] = (spec.contingency.pause_rights ?? [])
    .filter((r) => parties.has(r.holder))
    .map((r) => ({ holder: parties.get(r.holder)!, scope: r.scope, within_h: r.within_h, effectiveBy: now + r.within_h * 3_600_000, flights: r.scope === 'organic' ? [] : flights }));
  const paidCovered = pauses.some((p) => p.scope !== 'organic');

  const crisis = spec.raci.find((r) => r.activity === 'crisis_statement');
  const speakers = crisis
    ? { accountable: parties.get(crisis.accountable), responsible: crisis.responsible.map((id) => parties.get(id)).filter((p): p is Party => p !== undefined) }
    : { responsible: spec.parties.filter((p) => p.authority.includes('issue_statement')) };

  const pattern = new RegExp(`\\b${row.level}\\b`, 'i');
  const statements = spec.contingency.statements;
  return {
    incident,
    reading,
    severity,
    row,
    substituted: row.level !== severity,
    detected,
    now,
    acknowledgeBy: detected + row.acknowledge_within_min * 60_000,
    actBy: detected + row.action_within_h * 3_600_000,
    calls,
    creators,
    pauses,
    unpausable: paidCovered ? [] : flights,
    organicPausable: pauses.some((p) => p.scope !== 'paid'),
    ...(spec.conduct?.takedown_sla_h !== undefined ? { takedownH: spec.conduct.takedown_sla_h } : {}),
    ...(statements.holding_statement !== undefined ? { holdingStatement: statements.holding_statement } : {}),
    consultation: { mutual: statements.mutual_consultation, ...(statements.consult_window_h !== undefined ? { windowH: statements.consult_window_h } : {}) },
    speakers,
    mitigations: spec.contingency.risks.filter((r) => pattern.test(r.mitigation)).map((r) => ({ id: r.id, mitigation: r.mitigation })),
  };
}
