/**
 * Reads the records alignkit keeps next to a spec (follow-ups, wrap reports,
 * incidents): YAML, the record's own schema, and its references into the
 * campaign spec (the campaign id, parties, KPIs, deliverables). As in lint, a
 * clean record is decided by the fast reader and only a record with problems
 * is parsed again with positions. Pure: bytes and the spec in, data and
 * findings out.
 */
import { toFileResult, type FileResult, type Finding } from './finding.js';
import type { CampaignSpec } from './spec/model.js';
import { encodePointer } from './spec/pointer.js';
import { fastParseBlock } from './spec/fast-parse.js';
import { decodeSource, mayHaveSurrogateEscape } from './spec/source.js';
import { parseYaml } from './spec/yaml-document.js';
import { type DocumentKind, otherKindProblem } from './validate/document-kinds.js';
import { didYouMean, schemaFinding, translate } from './validate/schema.js';

export type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export interface RecordReference {
  segments: (string | number)[];
  id: string;
  kind: 'party' | 'kpi' | 'deliverable';
}

export interface RecordKind<T> {
  /** What the record is called in messages: "follow-up", "wrap report", "incident". */
  label: string;
  /** The `kind` its files declare. */
  kind: DocumentKind;
  validate: Validate;
  references(record: T): RecordReference[];
  /** Problems the schema cannot state (fields required together, values against the spec), pointing into the record. */
  checks?(record: T, spec: CampaignSpec): { pointer: string; message: string; target?: 'key' | 'value' }[];
}

export interface RecordCheck<T> {
  result: FileResult;
  /** Present when the record is usable: no errors. */
  record?: T;
}

const KIND_WORD: Record<RecordReference['kind'], string> = { party: 'party', kpi: 'KPI', deliverable: 'deliverable' };

function knownIds(spec: CampaignSpec): Record<RecordReference['kind'], string[]> {
  return { party: spec.parties.map((p) => p.id), kpi: spec.kpis.map((k) => k.id), deliverable: spec.deliverables.map((d) => d.id) };
}

function unknownReferences<T>(kind: RecordKind<T>, record: T, spec: CampaignSpec): RecordReference[] {
  const known = knownIds(spec);
  return kind.references(record).filter((ref) => !known[ref.kind].includes(ref.id));
}

export function checkRecord<T extends { campaign: string }>(kind: RecordKind<T>, file: string, bytes: Uint8Array, spec: CampaignSpec): RecordCheck<T> {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const at = { line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column };
    return { result: toFileResult(file, [{ ruleId: 'file-read', severity: 'error', message: `The file ${decoded.message}`, file, pointer: '', ...at }]) };
  }
  const fast = fastParseBlock(decoded.text);
  if (fast.ok && !mayHaveSurrogateEscape(decoded.text) && kind.validate(fast.data)) {
    const record = fast.data as T;
    if (record.campaign === spec.campaign.id && unknownReferences(kind, record, spec).length === 0 && (kind.checks?.(record, spec) ?? []).length === 0) {
      return { result: toFileResult(file, []), record };
    }
  }
  const parsed = parseYaml(decoded.text);
  if (parsed.problems.length > 0) {
    return {
      result: toFileResult(
        file,
        parsed.problems.map((p) => ({ ...p, severity: 'error', file, pointer: '' })),
      ),
    };
  }
  const findings: Finding[] = [];
  if (!kind.validate(parsed.data)) {
    const other = otherKindProblem(parsed.data, kind.kind);
    const problems = other ? [other] : translate((kind.validate.errors ?? []) as never, parsed.data, `The ${kind.label}`);
    for (const problem of problems) findings.push(schemaFinding(problem, file, parsed.locate));
    return { result: toFileResult(file, findings) };
  }
  const record = parsed.data as T;
  const known = knownIds(spec);
  const at = (pointer: string, target: 'key' | 'value' = 'value') => parsed.locate(pointer, target);
  if (record.campaign !== spec.campaign.id) {
    findings.push({
      ruleId: 'references-resolve',
      severity: 'error',
      message: `This ${kind.label} is about campaign "${record.campaign}", but the spec is campaign "${spec.campaign.id}".`,
      file,
      pointer: '/campaign',
      ...at('/campaign'),
    });
  }
  for (const ref of unknownReferences(kind, record, spec)) {
    const pointer = encodePointer(ref.segments);
    const suggestion = didYouMean(ref.id, known[ref.kind]);
    findings.push({
      ruleId: 'references-resolve',
      severity: 'error',
      message: `"${ref.id}" is not a ${KIND_WORD[ref.kind]} in campaign ${spec.campaign.id}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      file,
      pointer,
      ...at(pointer),
    });
  }
  if (findings.length === 0) {
    for (const problem of kind.checks?.(record, spec) ?? []) {
      findings.push({ ruleId: `${kind.label.replace(/\s+/g, '-')}-complete`, severity: 'error', message: problem.message, file, pointer: problem.pointer, ...at(problem.pointer, problem.target) });
    }
  }
  const result = toFileResult(file, findings);
  return findings.length > 0 ? { result } : { result, record };
}
