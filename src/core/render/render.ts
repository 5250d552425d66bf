/**
 * Which documents a render produces and what each one contains. Pure: the
 * spec, its findings and the follow-up come in, Markdown strings go out.
 */
import type { AlignkitFollowUp as FollowUp } from '../../generated/followup.types.js';
import type { CampaignSpec } from '../spec/model.js';
import type { DocumentName, Engine } from './engine.js';
import { redact } from './redact.js';
import { agreementView } from './views/agreement.js';
import { unconfirmedView } from './views/unconfirmed.js';
import { briefView } from './views/brief.js';
import type { RenderContext } from './views/common.js';
import { followUpView } from './views/followup.js';

export interface PlannedDocument {
  document: DocumentName;
  /** For briefs: the creator it is for. */
  party?: string;
  /** The file name inside the output directory. */
  fileName: string;
}

export interface RenderRequest {
  /** brief, agreement, followup or all. */
  documents: readonly DocumentName[];
  /** Limits briefs to one creator. */
  party?: string;
  followup?: FollowUp;
}

/** Ids are schema-checked (`[a-z0-9-]`), but a file name is a trust boundary, so check again. */
export function safeFileSegment(id: string): string {
  const cleaned = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return cleaned === '' ? 'unnamed' : cleaned;
}

export function creatorIds(spec: CampaignSpec): string[] {
  return spec.parties.filter((p) => p.role === 'creator').map((p) => p.id);
}

export function planDocuments(spec: CampaignSpec, request: RenderRequest): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  for (const document of request.documents) {
    if (document === 'brief') {
      const creators = request.party !== undefined ? [request.party] : creatorIds(spec);
      for (const party of creators) planned.push({ document, party, fileName: `brief-${safeFileSegment(party)}.md` });
    } else if (document === 'agreement') {
      planned.push({ document, fileName: 'agreement.md' });
    } else if (request.followup) {
      planned.push({ document, fileName: `followup-${safeFileSegment(request.followup.date)}.md` });
    }
  }
  return planned;
}

/** The data a document's template sees: its view, plus the spec redacted for its reader as `spec`. */
export function documentData(spec: CampaignSpec, planned: PlannedDocument, context: RenderContext, followup?: FollowUp): Record<string, unknown> {
  if (planned.document === 'brief') {
    const visible = redact(spec, { kind: 'party', party: planned.party! });
    return { ...briefView(visible, planned.party!, context), unconfirmed: unconfirmedView(spec, { kind: 'party', party: planned.party! }), spec: visible };
  }
  const visible = redact(spec, { kind: 'agreement' });
  if (planned.document === 'agreement') return { ...agreementView(visible, context), unconfirmed: unconfirmedView(spec, { kind: 'agreement' }), spec: visible };
  return { ...followUpView(visible, followup!, context), spec: visible, followup };
}

export function renderPlanned(engine: Engine, spec: CampaignSpec, planned: PlannedDocument, context: RenderContext, followup?: FollowUp): string {
  const open = context.findings.filter((f) => !f.suppressions);
  return engine.render(planned.document, documentData(spec, planned, { ...context, findings: open }, followup));
}
