/**
 * The source of schemas/incident.schema.json (run `npm run generate`): one
 * incident, as reported. `alignkit incident` rates it with the spec's severity
 * matrix from its reach, reputation and relationship readings, and writes the
 * response plan; the record stays next to the spec, where the next follow-up
 * and the wrap report list it.
 */
import * as V from '../core/spec/vocabulary.js';
import { definitions } from './definitions.js';
import { idField, oneOfEnum, partyRef, partyRefs, ref, str, text, type Schema } from './helpers.js';

export const INCIDENT_SCHEMA_ID = 'https://alignkit.dev/schemas/incident.schema.json';

export const incidentSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: INCIDENT_SCHEMA_ID,
  title: 'alignkit incident',
  description: 'One incident during a campaign: what happened, how far it reaches, and where it stands.',
  examples: [{ apiVersion: 'alignkit/v1', kind: 'Incident' }],
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'campaign', 'id', 'detected', 'reported_by', 'title', 'description', 'reach', 'reputation', 'relationship', 'status'],
  properties: {
    apiVersion: { title: 'API version', description: 'The version of the spec format.', examples: ['alignkit/v1'], type: 'string', const: 'alignkit/v1' },
    kind: { title: 'Kind', description: 'What this file describes.', examples: ['Incident'], type: 'string', const: 'Incident' },
    campaign: ref('id', { title: 'Campaign', description: 'The campaign it happened in (the campaign id in its spec).', examples: ['nova-buds-pro-launch'] }),
    id: idField('incident', 'sound-complaints'),
    detected: ref('zonedDateTime', { title: 'Detected', description: 'When it was noticed, with the time zone; response deadlines run from here.', examples: ['2027-03-15T21:40 America/New_York'] }),
    reported_by: partyRef('Reported by', 'Who noticed it', 'sara-lind'),
    title: str({ title: 'Title', description: 'A short name for the incident.', examples: ["Complaints about sound quality on Maya's TikTok"] }),
    description: text('Description', 'What happened, as a camera would have recorded it.', 'About 40 % of comments in 24 h say the earbuds sound tinny; two reaction videos repeat it'),
    creators: partyRefs('Creators', 'The creators involved, if any', ['maya-chen']),
    deliverables: ref('idList', { title: 'Deliverables', description: 'The content concerned (deliverable ids).', examples: [['maya-tiktok']] }),
    reach: oneOfEnum(
      {
        title: 'Reach',
        description: 'How far it spread: contained (few people saw it), spreading (shares, comments or niche press growing), viral (trending or mainstream press).',
        examples: ['spreading'],
      },
      V.INCIDENT_REACH,
    ),
    reputation: oneOfEnum(
      { title: 'Reputation', description: 'What it does to the brand: minor (embarrassing, fixable), damaging (hurts trust), severe (legal, safety or values breach).', examples: ['damaging'] },
      V.INCIDENT_REPUTATION,
    ),
    relationship: oneOfEnum(
      { title: 'Relationship', description: 'What it does to the partnership: intact, strained (trust shaken), broken (one side may end it).', examples: ['intact'] },
      V.INCIDENT_RELATIONSHIP,
    ),
    severity: oneOfEnum({ title: 'Severity', description: 'A severity set by hand instead of the matrix reading; give `severity_reason`.', examples: ['sev1'] }, V.SEVERITY_LEVELS),
    severity_reason: text('Severity reason', 'Why the severity differs from what reach, reputation and relationship give.', 'Press enquiry received from a national outlet'),
    status: oneOfEnum({ title: 'Status', description: 'open, or resolved (give `resolution`).', examples: ['open'] }, V.INCIDENT_STATUSES),
    resolution: text('Resolution', 'How it was resolved.', 'FAQ reply pinned; sentiment back to 70 % positive within 48 h'),
  },
  definitions,
};
