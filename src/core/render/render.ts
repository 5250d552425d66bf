/**
 * Which documents a render produces and what each one contains. Pure: the
 * spec, its findings and the follow-up come in, Markdown strings go out.
 */
import { appearsIn } from '../spec/deliverable-facts.js';
import type { AlignkitFollowUp as FollowUp } from '../../generated/followup.types.js';
import { documentLanguage } from '../i18n/language.js';
import { documentLocale, type DocumentLocale } from '../i18n/locales.js';
import type { CampaignSpec } from '../spec/model.js';
import type { DocumentName, Engine } from './engine.js';
import { redact } from './redact.js';
import { agreementView } from './views/agreement.js';
import { unconfirmedView } from './views/unconfirmed.js';
import { briefView } from './views/brief.js';
import type { RenderContext } from './views/common.js';
import { followUpView } from './views/followup.js';
import { incidentView } from './views/incident.js';
import { wrapView } from './views/wrap.js';
import type { AlignkitIncident as Incident } from '../../generated/incident.types.js';
import type { WrapOutcome, WrapReport } from '../wrap.js';

export interface PlannedDocument {
  document: DocumentName;
  /** For briefs: the creator it is for. */
  party?: string;
  /** The language the document is written in (briefs: the creator's; the agreement and follow-ups: --lang, else English; wrap and incident reports: English). */
  locale: DocumentLocale;
  /** For a brief in English because alignkit has no catalog for the creator's language: that language. */
  unsupportedLanguage?: string;
  /** The file name inside the output directory. */
  fileName: string;
}

export interface RenderRequest {
  /** brief, agreement, followup or all. */
  documents: readonly DocumentName[];
  /** Limits briefs to one creator. */
  party?: string;
  /** Writes every brief in this language instead of each creator's own, and the agreement and follow-up in it instead of English (--lang). */
  lang?: DocumentLocale;
  followup?: FollowUp;
  wrap?: WrapReport;
  incident?: Incident;
}

/** The record a follow-up, wrap or incident document is about, with what its view needs beyond the spec. */
export type DocumentRecord = { kind: 'followup'; followup: FollowUp } | { kind: 'wrap'; wrap: WrapReport; outcome: WrapOutcome } | { kind: 'incident'; incident: Incident; now: number };

/** Ids are schema-checked (`[a-z0-9-]`), but a file name is a trust boundary, so check again. */
export function safeFileSegment(id: string): string {
  const cleaned = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return cleaned === '' ? 'unnamed' : cleaned;
}

export function creatorIds(spec: CampaignSpec): string[] {
  return spec.parties.filter((p) => p.role === 'creator').map((p) => p.id);
}

/**
 * The language of a creator's brief: --lang, else the creator's own `language`, else the language
 * all of their deliverables are in; English when none of these is given or alignkit has no catalog for it.
 */
export function briefLanguage(spec: CampaignSpec, party: string, override?: DocumentLocale): { locale: DocumentLocale; unsupportedLanguage?: string } {
  if (override) return { locale: override };
  const creator = spec.parties.find((p) => p.id === party);
  const deliverableLanguages = [...new Set(spec.deliverables.filter((d) => appearsIn(d, party)).map((d) => d.language))];
  const wanted = creator?.language ?? (deliverableLanguages.length === 1 ? deliverableLanguages[0] : undefined);
  if (wanted === undefined) return { locale: 'en' };
  const locale = documentLocale(wanted);
  return locale ? { locale } : { locale: 'en', unsupportedLanguage: wanted };
}

export function planDocuments(spec: CampaignSpec, request: RenderRequest): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  for (const document of request.documents) {
    if (document === 'brief') {
      const creators = request.party !== undefined ? [request.party] : creatorIds(spec);
      for (const party of creators) planned.push({ document, party, fileName: `brief-${safeFileSegment(party)}.md`, ...briefLanguage(spec, party, request.lang) });
    } else if (document === 'agreement') {
      planned.push({ document, fileName: 'agreement.md', locale: request.lang ?? 'en' });
    } else if (document === 'followup' && request.followup) {
      planned.push({ document, fileName: `followup-${safeFileSegment(request.followup.date)}.md`, locale: request.lang ?? 'en' });
    } else if (document === 'wrap' && request.wrap) {
      planned.push({ document, fileName: 'wrap.md', locale: 'en' });
    } else if (document === 'incident' && request.incident) {
      planned.push({ document, fileName: `incident-${safeFileSegment(request.incident.detected.slice(0, 10))}-${safeFileSegment(request.incident.id)}.md`, locale: 'en' });
    }
  }
  return planned;
}

/** The data a document's template sees: its view, plus the spec redacted for its reader as `spec`. */
export function documentData(spec: CampaignSpec, planned: PlannedDocument, context: RenderContext, followup?: FollowUp | DocumentRecord): Record<string, unknown> {
  if (planned.document === 'brief') {
    const visible = redact(spec, { kind: 'party', party: planned.party! });
    return { ...briefView(visible, planned.party!, context, documentLanguage(planned.locale)), unconfirmed: unconfirmedView(spec, { kind: 'party', party: planned.party! }), spec: visible };
  }
  const visible = redact(spec, { kind: 'agreement' });
  const lang = documentLanguage(planned.locale);
  if (planned.document === 'agreement') return { ...agreementView(visible, context, lang), unconfirmed: unconfirmedView(spec, { kind: 'agreement' }), spec: visible };
  // A bare follow-up (what checkin and render pass) or a record with its extras.
  const record: DocumentRecord | undefined = followup === undefined ? undefined : 'apiVersion' in followup ? { kind: 'followup', followup } : followup;
  // The wrap and incident documents are the campaign team's working papers: they read the whole spec (paid plan, budgets).
  if (record?.kind === 'wrap') return { ...wrapView(spec, record.wrap, record.outcome, context), spec, wrap: record.wrap };
  if (record?.kind === 'incident') return { ...incidentView(spec, record.incident, record.now, context), spec, incident: record.incident };
  const f = record?.kind === 'followup' ? record.followup : undefined;
  return { ...followUpView(visible, f!, context, lang), spec: visible, followup: f };
}

export function renderPlanned(engine: Engine, spec: CampaignSpec, planned: PlannedDocument, context: RenderContext, followup?: FollowUp | DocumentRecord): string {
  const open = context.findings.filter((f) => !f.suppressions);
  return engine.render(planned.document, documentData(spec, planned, { ...context, findings: open }, followup), documentLanguage(planned.locale));
}
