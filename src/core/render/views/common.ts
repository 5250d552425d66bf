/**
 * Pieces every document shares. Views are pure: spec (already redacted for
 * the reader) in, plain JSON out. Text is not yet Markdown-escaped; the
 * templates escape every value with the md/cell/code helpers.
 */
import type { SignoffStatus } from '../../signoff/status.js';
import type { AlignkitFollowUp } from '../../../generated/followup.types.js';
import type { AlignkitIncident } from '../../../generated/incident.types.js';
import type { Finding } from '../../finding.js';
import type { CampaignSpec, Party } from '../../spec/model.js';
import { documentLanguage, type DocumentLanguage } from '../../i18n/language.js';

/** What a document says about the lint state of its spec. */
export interface FindingView {
  severity: 'error' | 'warning';
  where: string;
  /** The line alone, as text, for messages that say "line" in their own language. */
  line: string;
  ruleId: string;
  message: string;
}

export interface DocumentHeader {
  /** The spec file the document was rendered from, as given on the command line. */
  source: string;
  /** Present when rendered with --force despite errors: every page says it is a draft. */
  draft: { findings: FindingView[] } | null;
}

export interface RenderContext {
  /** The spec file as given on the command line, for the "generated from" line. */
  source: string;
  /** Open findings (errors and warnings, waived ones excluded). */
  findings: readonly Finding[];
  /** Where sign-off stands for the agreement as rendered; without it, nobody has signed. */
  signoff?: SignoffStatus;
  /** Earlier follow-ups of the campaign, for what they left overdue. */
  history?: readonly AlignkitFollowUp[];
  /** Incident records next to the spec, for the follow-up to list. */
  incidents?: readonly AlignkitIncident[];
}

export function findingView(f: Finding): FindingView {
  return { severity: f.severity, where: `line ${f.line}`, line: String(f.line), ruleId: f.ruleId, message: f.message };
}

export function headerOf(context: RenderContext): DocumentHeader {
  const errors = context.findings.filter((f) => f.severity === 'error');
  return {
    source: context.source.split(/[\\/]/).pop() ?? context.source,
    draft: errors.length > 0 ? { findings: context.findings.map(findingView) } : null,
  };
}

export interface PartyView {
  id: string;
  name: string;
  organisation: string;
  title: string;
  role: string;
  email: string;
  phone: string;
  chat: string;
  timezone: string;
}

export function partyView(p: Party, lang: DocumentLanguage = documentLanguage('en')): PartyView {
  return {
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    title: p.title ?? '',
    role: lang.label('role', p.role),
    email: p.contact.email,
    phone: p.contact.phone ?? '',
    chat: p.contact.handle ?? '',
    timezone: p.timezone,
  };
}

/** Party names by id; an id that does not resolve shows as itself (lint reports it). */
export function namer(spec: CampaignSpec): (id: string) => string {
  const names = new Map(spec.parties.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

export function partiesOf(spec: CampaignSpec): Map<string, Party> {
  return new Map(spec.parties.map((p) => [p.id, p]));
}

export interface CampaignView {
  id: string;
  name: string;
  brand: string;
  product: string;
  owner: string;
  window: string;
  timezone: string;
}

export function campaignView(spec: CampaignSpec, lang: DocumentLanguage = documentLanguage('en')): CampaignView {
  const parties = partiesOf(spec);
  const name = namer(spec);
  const c = spec.campaign;
  return {
    id: c.id,
    name: c.name,
    brand: parties.get(c.brand)?.organisation ?? c.brand,
    product: c.product,
    owner: name(c.owner),
    window: lang.t('campaign.window', { start: lang.date(c.window.start), end: lang.date(c.window.end) }),
    timezone: c.timezone,
  };
}

/** The escalation path in order, with how to reach each person urgently. */
export function escalationView(spec: CampaignSpec, lang: DocumentLanguage = documentLanguage('en')): { step: number; name: string; role: string; phone: string; email: string }[] {
  const parties = partiesOf(spec);
  return spec.communication.escalation_path.map((id, i) => {
    const p = parties.get(id);
    return {
      step: i + 1,
      name: p?.name ?? id,
      role: p ? lang.t('escalation.roleAt', { role: p.title ?? lang.label('role', p.role), organisation: p.organisation }) : '',
      phone: p?.contact.phone ?? '',
      email: p?.contact.email ?? '',
    };
  });
}
