/**
 * Reads an incident record: YAML, its schema, references into the spec, and
 * the fields required together (a hand-set severity and its reason, a
 * resolved status and its resolution). Pure: bytes and the spec in.
 */
import { validate } from '../generated/incident-validator.js';
import type { AlignkitIncident as Incident } from '../generated/incident.types.js';
import { checkRecord, type RecordCheck, type RecordKind, type RecordReference, type Validate } from './records.js';
import { readSeverity } from './incident-plan.js';
import type { CampaignSpec } from './spec/model.js';

export type { Incident };

const INCIDENT: RecordKind<Incident> = {
  label: 'incident',
  kind: 'Incident',
  validate: validate as Validate,
  references(r) {
    const refs: RecordReference[] = [{ segments: ['reported_by'], id: r.reported_by, kind: 'party' }];
    r.creators?.forEach((id, i) => refs.push({ segments: ['creators', i], id, kind: 'party' }));
    r.deliverables?.forEach((id, i) => refs.push({ segments: ['deliverables', i], id, kind: 'deliverable' }));
    return refs;
  },
  checks(r, spec) {
    const problems: { pointer: string; message: string; target?: 'key' | 'value' }[] = [];
    if (r.severity !== undefined && r.severity_reason === undefined)
      problems.push({ pointer: '/severity', message: `A severity set by hand needs \`severity_reason\`: the matrix reading is ${readSeverity(r)}; say why it is ${r.severity}.` });
    if (r.status === 'resolved' && r.resolution === undefined) problems.push({ pointer: '/status', message: 'A resolved incident needs `resolution`: say how it was resolved.' });
    const creators = new Set(spec.parties.filter((p) => p.role === 'creator').map((p) => p.id));
    r.creators?.forEach((id, i) => {
      if (spec.parties.some((p) => p.id === id) && !creators.has(id))
        problems.push({ pointer: `/creators/${i}`, message: `${id} is not a creator in the spec; list the people involved who are creators.` });
    });
    return problems;
  },
};

export function checkIncident(file: string, bytes: Uint8Array, spec: CampaignSpec): RecordCheck<Incident> {
  return checkRecord(INCIDENT, file, bytes, spec);
}
