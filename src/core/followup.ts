/**
 * Reads a follow-up file: YAML, its own schema, and references into the
 * campaign spec it follows up on (parties, KPIs, the campaign id).
 * Pure: bytes and the spec in, data and findings out.
 */
import { validate } from '../generated/followup-validator.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';
import type { FileResult } from './finding.js';
import { checkRecord, type RecordKind, type RecordReference, type Validate } from './records.js';
import type { CampaignSpec } from './spec/model.js';

export interface FollowUpCheck {
  result: FileResult;
  /** Present when the follow-up is usable: no errors. */
  followup?: FollowUp;
}

const FOLLOWUP: RecordKind<FollowUp> = {
  label: 'follow-up',
  kind: 'FollowUp',
  validate: validate as Validate,
  references(f) {
    const refs: RecordReference[] = [];
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
  },
};

export function checkFollowUp(file: string, bytes: Uint8Array, spec: CampaignSpec): FollowUpCheck {
  const { result, record } = checkRecord(FOLLOWUP, file, bytes, spec);
  return record ? { result, followup: record } : { result };
}
