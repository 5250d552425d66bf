/**
 * Reads a follow-up file: YAML, its own schema, and references into the
 * campaign spec it follows up on (parties, KPIs, the campaign id). Like lint,
 * only a follow-up with problems is parsed again with positions.
 * Pure: bytes and the spec in, data and findings out.
 */
import { validate as generatedValidate } from '../generated/followup-validator.js';
import { toFileResult, type FileResult, type Finding } from './finding.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';
import type { CampaignSpec } from './spec/model.js';
import { encodePointer } from './spec/pointer.js';
import { fastParse } from './spec/fast-parse.js';
import { decodeSource, mayHaveSurrogateEscape } from './spec/source.js';
import { parseYaml } from './spec/yaml-document.js';
import { didYouMean, schemaFinding, translate } from './validate/schema.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const validateFollowUp = generatedValidate as Validate;

export interface FollowUpCheck {
  result: FileResult;
  /** Present when the follow-up is usable: no errors. */
  followup?: FollowUp;
}

interface Reference {
  segments: (string | number)[];
  id: string;
  kind: 'party' | 'kpi';
}

function references(f: FollowUp): Reference[] {
  const refs: Reference[] = [];
  const party = (id: string | undefined, ...segments: (string | number)[]) => {
    if (id !== undefined) refs.push({ segments, id, kind: 'party' });
  };
  f.attendees.forEach((id, i) => party(id, 'attendees', i));
  f.observations?.forEach((o, i) => party(o.about, 'observations', i, 'about'));
  f.needs?.forEach((n, i) => party(n.party, 'needs', i, 'party'));
  f.decisions.forEach((d, i) => party(d.by, 'decisions', i, 'by'));
  f.action_items.forEach((a, i) => party(a.owner, 'action_items', i, 'owner'));
  f.changes_requested?.forEach((c, i) => party(c.requested_by, 'changes_requested', i, 'requested_by'));
  f.kpi_actuals?.forEach((k, i) => refs.push({ segments: ['kpi_actuals', i, 'kpi'], id: k.kpi, kind: 'kpi' }));
  return refs;
}

function knownIds(spec: CampaignSpec): Record<Reference['kind'], string[]> {
  return { party: spec.parties.map((p) => p.id), kpi: spec.kpis.map((k) => k.id) };
}

function unknownReferences(f: FollowUp, spec: CampaignSpec): Reference[] {
  const known = knownIds(spec);
  return references(f).filter((ref) => !known[ref.kind].includes(ref.id));
}

export function checkFollowUp(file: string, bytes: Uint8Array, spec: CampaignSpec): FollowUpCheck {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const at = { line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column };
    return { result: toFileResult(file, [{ ruleId: 'file-read', severity: 'error', message: `The file ${decoded.message}`, file, pointer: '', ...at }]) };
  }
  // A clean follow-up (the usual case) needs no positions: the fast reader and the validator decide, as in lint.
  const fast = fastParse(decoded.text);
  if (fast.ok && !mayHaveSurrogateEscape(decoded.text) && validateFollowUp(fast.data)) {
    const followup = fast.data as FollowUp;
    if (followup.campaign === spec.campaign.id && unknownReferences(followup, spec).length === 0) return { result: toFileResult(file, []), followup };
  }
  const parsed = parseYaml(decoded.text);
  if (parsed.problems.length > 0) {
    return { result: toFileResult(file, parsed.problems.map((p) => ({ ...p, severity: 'error', file, pointer: '' }))) };
  }
  const findings: Finding[] = [];
  if (!validateFollowUp(parsed.data)) {
    for (const problem of translate((validateFollowUp.errors ?? []) as never, parsed.data)) findings.push(schemaFinding(problem, file, parsed.locate));
    return { result: toFileResult(file, findings) };
  }
  const followup = parsed.data as FollowUp;
  const known = knownIds(spec);
  if (followup.campaign !== spec.campaign.id) {
    findings.push({
      ruleId: 'references-resolve',
      severity: 'error',
      message: `This follow-up is about campaign "${followup.campaign}", but the spec is campaign "${spec.campaign.id}".`,
      file,
      pointer: '/campaign',
      ...parsed.locate('/campaign', 'value'),
    });
  }
  for (const ref of unknownReferences(followup, spec)) {
    const pointer = encodePointer(ref.segments);
    const suggestion = didYouMean(ref.id, known[ref.kind]);
    findings.push({
      ruleId: 'references-resolve',
      severity: 'error',
      message: `"${ref.id}" is not a ${ref.kind === 'party' ? 'party' : 'KPI'} in campaign ${spec.campaign.id}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      file,
      pointer,
      ...parsed.locate(pointer, 'value'),
    });
  }
  const result = toFileResult(file, findings);
  return findings.length > 0 ? { result } : { result, followup };
}
